#include "base/text_normalize.h"

#include <cstring>

#include "base/utf8.h"

namespace tqm {

namespace {

char32_t halfWidth(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
    if (cp == 0x3000) return U' ';
    return cp;
}

bool isSpace(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
           cp == 0x3000 || cp == 0xA0;
}

char32_t asciiLower(char32_t cp) {
    return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
}

// Punctuation after half-width folding: ASCII punctuation, CJK symbols and punctuation
// (U+3000..U+303F), general punctuation (U+2000..U+206F) and the remaining full-width forms.
bool isPunctuation(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
               (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    }
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
           (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x00B7 || cp == 0x2014;
}

}  // namespace

std::string toHalfWidth(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) appendUtf8(out, halfWidth(decodeUtf8(text, pos)));
    return out;
}

std::string_view trimSpaces(std::string_view text) {
    static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    for (;;) {
        if (!text.empty() &&
            (text.front() == ' ' || (text.front() >= '\t' && text.front() <= '\r')))
            text.remove_prefix(1);
        else if (text.substr(0, 3) == kIdeographicSpace)
            text.remove_prefix(3);
        else
            break;
    }
    for (;;) {
        if (!text.empty() && (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r')))
            text.remove_suffix(1);
        else if (text.size() >= 3 && text.substr(text.size() - 3) == kIdeographicSpace)
            text.remove_suffix(3);
        else
            break;
    }
    return text;
}

std::string normalizeBlankAnswer(std::string_view answer, bool caseSensitive) {
    std::string out;
    out.reserve(answer.size());
    bool pendingSpace = false;
    for (std::size_t pos = 0; pos < answer.size();) {
        char32_t cp = halfWidth(decodeUtf8(answer, pos));
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        appendUtf8(out, caseSensitive ? cp : asciiLower(cp));
    }
    return out;
}

namespace {

bool dropFromKey(char32_t cp) {
    return isSpace(cp) || isPunctuation(cp);
}

// The general form, for text that is not valid UTF-8 (each bad byte becomes U+FFFD).
std::string duplicateKeyOfAnyBytes(std::string_view stem) {
    std::string out;
    out.reserve(stem.size());
    for (std::size_t pos = 0; pos < stem.size();) {
        const char32_t cp = asciiLower(halfWidth(decodeUtf8(stem, pos)));
        if (!dropFromKey(cp)) appendUtf8(out, cp);
    }
    return out;
}

}  // namespace

// The validator computes a key for every question of a bank, so valid UTF-8 (nearly always the
// case) takes a path that decodes in place and copies unchanged characters as they are. Folding
// never lengthens a valid character, so the key fits in the stem's size.
std::string duplicateKey(std::string_view stem) {
    std::string out;
    duplicateKeyInto(stem, out);
    return out;
}

void duplicateKeyInto(std::string_view stem, std::string& out) {
    if (!isValidUtf8(stem)) {
        out = duplicateKeyOfAnyBytes(stem);
        return;
    }
    out.resize(stem.size());
    char* write = out.data();
    const auto* p = reinterpret_cast<const unsigned char*>(stem.data());
    const auto* end = p + stem.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead >= 0xE4 && lead <= 0xEE) {
            // U+4000..U+EFFF, the bulk of Chinese text: nothing there is folded or dropped.
            std::memcpy(write, p, 3);
            write += 3;
            p += 3;
            continue;
        }
        if (lead < 0x80) {
            const auto cp = asciiLower(lead);
            if (!dropFromKey(cp)) *write++ = static_cast<char>(cp);
            ++p;
            continue;
        }
        std::size_t length = 4;
        char32_t cp = 0;
        if (lead < 0xE0) {
            length = 2;
            cp = ((lead & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        } else if (lead < 0xF0) {
            length = 3;
            cp = ((lead & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        } else {
            cp = ((lead & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                 (p[3] & 0x3Fu);
        }
        const char32_t folded = asciiLower(halfWidth(cp));
        if (!dropFromKey(folded)) {
            if (folded == cp) {
                std::memcpy(write, p, length);
                write += length;
            } else {
                *write++ = static_cast<char>(folded);  // full-width forms fold to ASCII
            }
        }
        p += length;
    }
    out.resize(static_cast<std::size_t>(write - out.data()));
}

}  // namespace tqm
