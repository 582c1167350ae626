#include "widgets/html_text.h"

#include "base/utf8.h"

namespace tqm::gui {

namespace {

// Ideographs, kana, CJK punctuation and full-width forms: a line may wrap beside them.
bool isWideScript(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Punctuation that must not start a line (，。）” ...) or end one (（“ ...).
bool isClosingPunctuation(char32_t c) {
    constexpr std::u32string_view kClosing =
        U"\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF01\uFF09\u300B\u300D\u300F\u3011"
        U"\u201D\u2019\u2026\uFF5E\u3009,.;:?!)]%";
    return kClosing.find(c) != std::u32string_view::npos;
}
bool isOpeningPunctuation(char32_t c) {
    constexpr std::u32string_view kOpening = U"\uFF08\u300A\u300C\u300E\u3010\u201C\u2018\u3008([";
    return kOpening.find(c) != std::u32string_view::npos;
}

}  // namespace

bool wrapAllowedBetween(char32_t before, char32_t after) {
    if (!isWideScript(before) && !isWideScript(after)) return false;
    if (before == U' ' || after == U' ') return false;  // wxHtmlWindow wraps at spaces itself
    return !isClosingPunctuation(after) && !isOpeningPunctuation(before);
}

std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string htmlParagraph(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    char32_t previous = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t current = decodeUtf8(text, pos);
        if (current == U'\r') continue;
        if (current == U'\n') {
            out += "<br>";
            previous = 0;
            continue;
        }
        if (previous != 0 && wrapAllowedBetween(previous, current)) out += "<wbr>";
        out += htmlEscape(text.substr(start, pos - start));
        previous = current;
    }
    return out;
}

std::string htmlWithWordBreaks(std::string_view html) {
    std::string out;
    out.reserve(html.size() + html.size() / 2);
    char32_t previous = 0;
    std::size_t pos = 0;
    while (pos < html.size()) {
        if (html[pos] == '<') {
            const std::size_t end = html.find('>', pos);
            const std::size_t stop = end == std::string_view::npos ? html.size() : end + 1;
            out.append(html.substr(pos, stop - pos));
            pos = stop;
            // Tags are copied as they are; the text on both sides counts as one run.
            continue;
        }
        const std::size_t start = pos;
        const char32_t current = decodeUtf8(html, pos);
        if (current == U'&') {
            // An entity stands for one character that is never a wide one here (&amp; &lt; ...).
            const std::size_t end = html.find(';', start);
            const std::size_t stop = end == std::string_view::npos ? pos : end + 1;
            out.append(html.substr(start, stop - start));
            pos = stop;
            previous = U'&';
            continue;
        }
        if (previous != 0 && wrapAllowedBetween(previous, current)) out += "<wbr>";
        out.append(html.substr(start, pos - start));
        previous = current;
    }
    return out;
}

}  // namespace tqm::gui
