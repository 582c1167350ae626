#include "bank/interchange/common/import_support.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <utility>

#include "bank/validator.h"
#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::bank {

std::string_view uncategorized(CategoryTreeBuilder& categories, SourcePos pos) {
    return categories.ensure({"未分类"}, pos, "uncategorized");
}

bool containsChinese(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = decodeUtf8(text, pos);
        if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
    }
    return false;
}

void nameImportedBank(Bank& bank, std::string_view fileName, std::string_view text) {
    std::string stem = std::filesystem::path(std::string(fileName)).filename().string();
    // Drop every extension: "questions.gift.txt" names the bank "questions".
    if (const auto dot = stem.find('.'); dot != std::string::npos && dot > 0) stem.resize(dot);
    std::string id = slugify(stem);
    if (id.empty()) id = hashId("bank-", stem);
    bank.id = bank.keep(id);
    bank.title = bank.keep(stem.empty() ? id : stem);
    bank.version = "1.0.0";
    bank.language = containsChinese(text) ? "zh-CN" : "en";
}

void finishImport(ImportResult& result, const std::string& fileName) {
    std::vector<Diagnostic> found;
    validateBank(result.bank, ValidationContext{fileName, {}}, found);

    std::set<std::pair<std::uint32_t, std::uint32_t>> failed;
    for (const Diagnostic& d : found)
        if (d.severity == Severity::Error) failed.emplace(d.line, d.column);
    const std::size_t before = result.bank.questions.size();
    std::erase_if(result.bank.questions, [&](const Question& q) {
        return failed.count({q.pos.line, q.pos.column}) > 0;
    });
    result.rejected += before - result.bank.questions.size();
    result.imported = result.bank.questions.size();
    result.diagnostics.insert(result.diagnostics.end(), found.begin(), found.end());
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    result.bank.reindex();
}

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(trimSpaces(text)) + "\"";
}

std::optional<double> parseDecimal(std::string_view text) {
    text = trimSpaces(text);
    if (text.starts_with('+')) text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string formatDecimal(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

std::string shortName(std::string_view title, std::string_view text, std::size_t maxChars) {
    if (!trimSpaces(title).empty()) return std::string(trimSpaces(title));
    text = trimSpaces(text);
    std::string out;
    std::size_t chars = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (chars == maxChars) return out + "…";
        char32_t cp = decodeUtf8(text, pos);
        if (cp == U'\n' || cp == U'\r' || cp == U'\t') cp = U' ';
        appendUtf8(out, cp);
        ++chars;
    }
    return out;
}

}  // namespace tqm::bank
