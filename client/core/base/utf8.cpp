#include "base/utf8.h"

#include <simdjson.h>

namespace tqm {

bool isValidUtf8(std::string_view bytes) {
    return simdjson::validate_utf8(bytes.data(), bytes.size());
}

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is malformed (overlong forms,
// surrogates and code points above U+10FFFF are malformed too).
std::size_t validSequenceLength(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return len;
}

}  // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes) {
    if (isValidUtf8(bytes)) return std::nullopt;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = validSequenceLength(bytes, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

bool looksLikeGbk(std::string_view bytes) {
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) continue;
        if (c == 0x80 || c == 0xFF || i + 1 >= bytes.size()) return false;
        const auto t = static_cast<unsigned char>(bytes[i + 1]);
        if (t < 0x40 || t == 0x7F || t == 0xFF) return false;
        ++pairs;
        ++i;
    }
    return pairs > 0 && !isValidUtf8(bytes);
}

std::string_view withoutBom(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes;
}

char32_t decodeUtf8(std::string_view text, std::size_t& pos) {
    const std::size_t len = validSequenceLength(text, pos);
    if (len == 0) {
        ++pos;
        return U'\uFFFD';
    }
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[pos + k]); };
    char32_t cp = 0;
    switch (len) {
        case 1:
            cp = byte(0);
            break;
        case 2:
            cp = ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
            break;
        case 3:
            cp = ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
            break;
        default:
            cp = ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
                 (byte(3) & 0x3Fu);
    }
    pos += len;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace tqm
