#include "base/encoding_check.h"

#include <cstdio>
#include <string>

#include "base/line_index.h"
#include "base/utf8.h"

namespace tqm {

bool reportIfNotUtf8(std::string_view bytes, std::string_view saveAsAdvice, DiagnosticSink& sink) {
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        sink.error(1, 1, "not-utf8",
                   "the file is UTF-16-encoded, not UTF-8; " + std::string(saveAsAdvice));
        return false;
    }
    const std::string_view text = withoutBom(bytes);
    const auto bad = firstInvalidUtf8(text);
    if (!bad) return true;
    const TextPosition at = LineIndex(text).position(*bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
    std::string message =
        "the file is not UTF-8 (byte " + std::string(byte) + " starts no UTF-8 character)";
    if (looksLikeGbk(text))
        message += " and looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > OUT` or ";
    else
        message += "; ";
    message += saveAsAdvice;
    sink.error(at.line, at.column, "not-utf8", std::move(message));
    return false;
}

}  // namespace tqm
