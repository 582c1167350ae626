#include "bank/interchange/gift/gift_syntax.h"

#include <array>

#include "bank/interchange/common/html_text.h"
#include "base/text_normalize.h"

namespace tqm::bank {

std::size_t findUnescaped(std::string_view text, std::string_view needle, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;  // the next character is literal
            continue;
        }
        if (text.substr(i, needle.size()) == needle) return i;
    }
    return std::string_view::npos;
}

std::string unescapeGift(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] != '\\' || next == '\0') {
            out += text[i];
        } else if (next == 'n') {
            out += '\n';
            ++i;
        } else if (std::string_view("~=#{}:\\").find(next) != std::string_view::npos) {
            out += next;
            ++i;
        } else {
            out += '\\';
        }
    }
    return out;
}

GiftFormat takeGiftFormat(std::string_view& text, GiftFormat fallback) {
    struct Prefix {
        std::string_view tag;
        GiftFormat format;
    };
    static constexpr std::array<Prefix, 4> kPrefixes{{{"[html]", GiftFormat::Html},
                                                      {"[moodle]", GiftFormat::Moodle},
                                                      {"[plain]", GiftFormat::Plain},
                                                      {"[markdown]", GiftFormat::Markdown}}};
    const std::string_view trimmed = trimSpaces(text);
    for (const Prefix& p : kPrefixes) {
        if (trimmed.starts_with(p.tag)) {
            text = trimmed.substr(p.tag.size());
            return p.format;
        }
    }
    return fallback;
}

std::string giftPlainText(std::string_view text, GiftFormat format) {
    const std::string unescaped = unescapeGift(text);
    if (format == GiftFormat::Html) return htmlToText(unescaped).text;
    return std::string(trimSpaces(unescaped));
}

}  // namespace tqm::bank
