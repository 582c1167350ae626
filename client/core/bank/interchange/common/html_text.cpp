#include "bank/interchange/common/html_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "base/utf8.h"

namespace tqm::bank {

namespace {

constexpr std::string_view kPluginFile = "@@PLUGINFILE@@/";

// U+00A0 survives white-space collapsing while the text is built and becomes a plain space at the
// end: learners type plain spaces, so answers and stems must hold plain spaces.
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

constexpr std::array<NamedEntity, 66> kNamedEntities{{
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},      {"quot", U'"'},
    {"apos", U'\''},    {"nbsp", 0xA0},     {"ensp", 0x2002},  {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"copy", 0xA9},     {"reg", 0xAE},     {"trade", 0x2122},
    {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013}, {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"laquo", 0xAB},    {"raquo", 0xBB},   {"middot", 0xB7},
    {"bull", 0x2022},   {"times", 0xD7},    {"divide", 0xF7},  {"deg", 0xB0},
    {"plusmn", 0xB1},   {"sup2", 0xB2},     {"sup3", 0xB3},    {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},   {"le", 0x2264},    {"ge", 0x2265},
    {"ne", 0x2260},     {"asymp", 0x2248},  {"infin", 0x221E}, {"micro", 0xB5},
    {"para", 0xB6},     {"sect", 0xA7},     {"cent", 0xA2},    {"pound", 0xA3},
    {"yen", 0xA5},      {"euro", 0x20AC},   {"larr", 0x2190},  {"rarr", 0x2192},
    {"uarr", 0x2191},   {"darr", 0x2193},   {"harr", 0x2194},  {"alpha", 0x3B1},
    {"beta", 0x3B2},    {"gamma", 0x3B3},   {"delta", 0x3B4},  {"epsilon", 0x3B5},
    {"lambda", 0x3BB},  {"mu", 0x3BC},      {"pi", 0x3C0},     {"sigma", 0x3C3},
    {"omega", 0x3C9},   {"Delta", 0x394},   {"Sigma", 0x3A3},  {"sum", 0x2211},
    {"radic", 0x221A},  {"permil", 0x2030},
}};

constexpr std::array<std::string_view, 27> kBlockElements{
    "p",       "div",    "li",     "ul",     "ol",         "dl",         "dt",
    "dd",      "tr",     "table",  "h1",     "h2",         "h3",         "h4",
    "h5",      "h6",     "pre",    "hr",     "form",       "blockquote", "section",
    "article", "header", "footer", "figure", "figcaption", "address"};

// Elements whose content is not text for a reader: dropped with everything inside them.
constexpr std::array<std::string_view, 6> kHiddenElements{"script", "style",    "head",
                                                          "title",  "template", "noscript"};

bool isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), asciiLower);
    return out;
}

bool isValidCodePoint(std::uint32_t cp) {
    return cp != 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

// Decodes the reference starting at text[pos] == '&'; on success advances `pos` past the ';'.
std::optional<char32_t> decodeEntityAt(std::string_view text, std::size_t& pos) {
    const std::size_t semicolon = text.find(';', pos + 1);
    if (semicolon == std::string_view::npos || semicolon - pos > 12) return std::nullopt;
    const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
    if (body.size() >= 2 && body[0] == '#') {
        const bool hex = body[1] == 'x' || body[1] == 'X';
        const std::string_view digits = body.substr(hex ? 2 : 1);
        std::uint32_t value = 0;
        const auto [end, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
            return std::nullopt;
        pos = semicolon + 1;
        return isValidCodePoint(value) ? static_cast<char32_t>(value) : U'\uFFFD';
    }
    for (const NamedEntity& entity : kNamedEntities) {
        if (entity.name == body) {
            pos = semicolon + 1;
            return entity.codePoint;
        }
    }
    return std::nullopt;
}

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    std::string src;  // the src attribute, for <img>
};

// Parses the tag starting at html[pos] == '<'. Returns the offset just past its '>', or npos when
// the '<' does not start a tag (then it is literal text).
std::size_t parseTag(std::string_view html, std::size_t pos, Tag& tag) {
    std::size_t i = pos + 1;
    if (i < html.size() && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    const std::size_t nameStart = i;
    const auto isNameChar = [&](char c) {
        return isAsciiAlpha(c) || (i > nameStart && c >= '0' && c <= '9');  // h1..h6
    };
    while (i < html.size() && isNameChar(html[i])) ++i;
    if (i == nameStart) return std::string_view::npos;
    tag.name = lowerAscii(html.substr(nameStart, i - nameStart));
    while (i < html.size() && html[i] != '>') {
        if (isAsciiSpace(html[i]) || html[i] == '/') {
            ++i;
            continue;
        }
        const std::size_t attrStart = i;
        while (i < html.size() && !isAsciiSpace(html[i]) && html[i] != '=' && html[i] != '>') ++i;
        const std::string attrName = lowerAscii(html.substr(attrStart, i - attrStart));
        while (i < html.size() && isAsciiSpace(html[i])) ++i;
        if (i >= html.size() || html[i] != '=') continue;
        ++i;
        while (i < html.size() && isAsciiSpace(html[i])) ++i;
        std::string_view value;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
            const char quote = html[i];
            const std::size_t close = html.find(quote, i + 1);
            if (close == std::string_view::npos) return std::string_view::npos;
            value = html.substr(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const std::size_t valueStart = i;
            while (i < html.size() && !isAsciiSpace(html[i]) && html[i] != '>') ++i;
            value = html.substr(valueStart, i - valueStart);
        }
        if (attrName == "src") tag.src = decodeHtmlEntities(value);
    }
    return i < html.size() ? i + 1 : std::string_view::npos;
}

// Offset just past the closing tag of a hidden element, or the end of the text.
std::size_t skipHiddenContent(std::string_view html, std::size_t pos, std::string_view name) {
    const std::string lower = lowerAscii(html);
    const std::string closing = "</" + std::string(name);
    const std::size_t at = lower.find(closing, pos);
    if (at == std::string::npos) return html.size();
    const std::size_t end = html.find('>', at);
    return end == std::string_view::npos ? html.size() : end + 1;
}

class TextBuilder {
  public:
    void text(std::string_view chars) {
        if (afterImage_) {
            while (startsWithSpace(chars)) {
                chars.remove_prefix(chars.front() == ' ' ? 1 : kNoBreakSpace.size());
                pendingSpace_ = true;
            }
            if (chars.empty()) return;
            afterImage_ = false;
        }
        if (pendingSpace_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
        pendingSpace_ = false;
        out_ += chars;
    }
    void codePoint(char32_t cp) {
        std::string utf8;
        appendUtf8(utf8, cp);
        text(utf8);
    }
    void space() { pendingSpace_ = true; }
    // The text loses an inline image; the spaces that stood on either side of it (no-break ones
    // too) collapse into one, so "Moodle&nbsp;<img> is" reads "Moodle is", not "Moodle  is".
    void removedImage() {
        while (endsWithSpace()) {
            out_.resize(out_.size() - (out_.back() == ' ' ? 1 : kNoBreakSpace.size()));
            pendingSpace_ = true;
        }
        afterImage_ = true;
    }
    void lineBreak() {
        afterImage_ = false;
        while (!out_.empty() && out_.back() == ' ') out_.pop_back();
        out_ += '\n';
        pendingSpace_ = false;
    }
    void blockBoundary() {
        afterImage_ = false;
        if (!out_.empty() && out_.back() != '\n') lineBreak();
        pendingSpace_ = false;
    }
    std::string finish() const {
        std::string result;
        for (std::size_t i = 0; i < out_.size();) {
            if (out_.compare(i, kNoBreakSpace.size(), kNoBreakSpace) == 0) {
                result += ' ';
                i += kNoBreakSpace.size();
            } else {
                result += out_[i++];
            }
        }
        return result;
    }

  private:
    static bool startsWithSpace(std::string_view chars) {
        return chars.starts_with(' ') || chars.starts_with(kNoBreakSpace);
    }
    bool endsWithSpace() const {
        return std::string_view(out_).ends_with(' ') ||
               std::string_view(out_).ends_with(kNoBreakSpace);
    }

    std::string out_;
    bool pendingSpace_ = false;
    bool afterImage_ = false;
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::string decodeHtmlEntities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '&') {
            if (const auto cp = decodeEntityAt(text, i)) {
                appendUtf8(out, *cp);
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string stripPluginFileReferences(std::string_view text) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t at = text.find(kPluginFile, pos);
        if (at == std::string_view::npos) break;
        out += text.substr(pos, at - pos);
        pos = at + kPluginFile.size();
        while (pos < text.size() && !isAsciiSpace(text[pos])) ++pos;
    }
    out += text.substr(pos);
    return out;
}

HtmlText htmlToText(std::string_view html, HtmlNewlines newlines) {
    HtmlText result;
    TextBuilder builder;
    for (std::size_t i = 0; i < html.size();) {
        const char c = html[i];
        if (c == '<') {
            if (html.substr(i, 4) == "<!--") {
                const std::size_t end = html.find("-->", i + 4);
                i = end == std::string_view::npos ? html.size() : end + 3;
                continue;
            }
            if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
                const std::size_t end = html.find('>', i);
                i = end == std::string_view::npos ? html.size() : end + 1;
                continue;
            }
            Tag tag;
            const std::size_t end = parseTag(html, i, tag);
            if (end == std::string_view::npos) {
                builder.text("<");
                ++i;
                continue;
            }
            i = end;
            if (contains(kHiddenElements, tag.name)) {
                if (!tag.closing) i = skipHiddenContent(html, i, tag.name);
            } else if (tag.name == "br") {
                builder.lineBreak();
            } else if (contains(kBlockElements, tag.name)) {
                builder.blockBoundary();
            } else if (tag.name == "td" || tag.name == "th") {
                builder.space();
            } else if (tag.name == "img") {
                builder.removedImage();
                if (!tag.src.empty() && !tag.src.starts_with(kPluginFile))
                    result.externalImages.push_back(tag.src);
            }
            continue;
        }
        if (c == '&') {
            std::size_t next = i;
            if (const auto cp = decodeEntityAt(html, next)) {
                builder.codePoint(*cp);
                i = next;
                continue;
            }
        }
        if (c == '\n' && newlines == HtmlNewlines::Keep) {
            builder.lineBreak();
        } else if (isAsciiSpace(c)) {
            builder.space();
        } else {
            std::size_t next = i + 1;
            while (next < html.size() && !isAsciiSpace(html[next]) && html[next] != '<' &&
                   html[next] != '&')
                ++next;
            builder.text(html.substr(i, next - i));
            i = next;
            continue;
        }
        ++i;
    }
    const std::string text = stripPluginFileReferences(builder.finish());
    const std::size_t first = text.find_first_not_of(" \n");
    if (first != std::string::npos)
        result.text = text.substr(first, text.find_last_not_of(" \n") - first + 1);
    return result;
}

std::string textToHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
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
            case '\t':
                out += "&#9;";
                break;
            case '\r':
                break;
            case '\n':
                out += "<br>\n";
                break;
            case ' ': {
                const bool lineStart = i == 0 || text[i - 1] == '\n' || text[i - 1] == ' ';
                const bool lineEnd = i + 1 == text.size() || text[i + 1] == '\n';
                out += (lineStart || lineEnd) ? "&nbsp;" : " ";
                break;
            }
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace tqm::bank
