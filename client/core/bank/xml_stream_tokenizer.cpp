// The strict pull tokenizer of the native reader's streaming path (see xml_stream_tokenizer.h
// for what it accepts and why it may refuse anything).
#include "bank/xml_stream_tokenizer.h"

#include <array>
#include <cstring>

namespace tqm::bank::reader {

namespace {

enum CharClass : std::uint8_t { kNameStart = 1, kNameChar = 2, kSpace = 4 };

constexpr std::array<std::uint8_t, 256> kClasses = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c) table[c] = kNameStart | kNameChar;
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = kNameStart | kNameChar;
    for (int c = '0'; c <= '9'; ++c) table[c] = kNameChar;
    table['_'] = table[':'] = kNameStart | kNameChar;
    table['-'] = table['.'] = kNameChar;
    table[' '] = table['\t'] = table['\n'] = table['\r'] = kSpace;
    return table;
}();

bool hasClass(char c, CharClass which) {
    return (kClasses[static_cast<unsigned char>(c)] & which) != 0;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
        if (c != lower[i]) return false;
    }
    return true;
}

}  // namespace

XmlTokenizer::XmlTokenizer(std::string_view text, std::size_t begin, std::size_t end)
    : data_(text.data()), pos_(begin), end_(end) {}

XmlToken XmlTokenizer::refuse() {
    refused_ = true;
    pos_ = end_;
    return XmlToken::Refused;
}

bool XmlTokenizer::skipSpace() {
    const std::size_t start = pos_;
    while (pos_ < end_ && hasClass(data_[pos_], kSpace)) ++pos_;
    return pos_ != start;
}

bool XmlTokenizer::readName(std::string_view& out) {
    const std::size_t start = pos_;
    if (pos_ >= end_ || !hasClass(data_[pos_], kNameStart)) return false;
    ++pos_;
    while (pos_ < end_ && hasClass(data_[pos_], kNameChar)) ++pos_;
    out = std::string_view(data_ + start, pos_ - start);
    return true;
}

XmlToken XmlTokenizer::next() {
    if (refused_) return XmlToken::Refused;
    if (pendingEnd_) {
        pendingEnd_ = false;
        return XmlToken::EndTag;  // name_ still names the empty element
    }
    for (;;) {
        if (pos_ >= end_) return XmlToken::End;
        const char* at = data_ + pos_;
        if (*at != '<') {
            // Most character data between tags is indentation, which no caller keeps.
            std::size_t after = pos_;
            while (after < end_ && hasClass(data_[after], kSpace)) ++after;
            if (after == end_ || data_[after] == '<') {
                pos_ = after;
                continue;
            }
            const void* lt = std::memchr(data_ + after, '<', end_ - after);
            const std::size_t stop =
                lt ? static_cast<std::size_t>(static_cast<const char*>(lt) - data_) : end_;
            text_ = std::string_view(at, stop - pos_);
            pos_ = stop;
            return XmlToken::Text;
        }
        if (end_ - pos_ < 2) return refuse();
        tagOffset_ = pos_;
        switch (at[1]) {
            case '/':
                return endTag();
            case '?': {
                const XmlToken token = processingInstruction();
                if (token == XmlToken::End) continue;  // skipped
                return token;
            }
            case '!': {
                const XmlToken token = markupDeclaration();
                if (token == XmlToken::End) continue;  // a comment, skipped
                return token;
            }
            default:
                return startTag();
        }
    }
}

XmlToken XmlTokenizer::startTag() {
    ++pos_;  // '<'
    if (!readName(name_)) return refuse();
    bool empty = false;
    if (!readAttributes(false, empty)) return refuse();
    if (empty)
        pendingEnd_ = true;
    else
        open_.push_back(name_);
    return XmlToken::StartTag;
}

bool XmlTokenizer::readAttributes(bool declaration, bool& empty) {
    attributes_.clear();
    for (;;) {
        const bool spaced = skipSpace();
        if (pos_ >= end_) return false;
        const char c = data_[pos_];
        if (declaration ? c == '?' : c == '/' || c == '>') {
            if (c == '>') {
                ++pos_;
                return true;
            }
            if (end_ - pos_ < 2 || data_[pos_ + 1] != '>') return false;
            pos_ += 2;
            empty = true;
            return true;
        }
        if (!spaced) return false;
        XmlAttribute attribute;
        attribute.nameOffset = pos_;
        if (!readName(attribute.name)) return false;
        skipSpace();
        if (pos_ >= end_ || data_[pos_] != '=') return false;
        ++pos_;
        skipSpace();
        if (pos_ >= end_ || (data_[pos_] != '"' && data_[pos_] != '\'')) return false;
        const char quote = data_[pos_++];
        const void* close = std::memchr(data_ + pos_, quote, end_ - pos_);
        if (!close) return false;
        const auto valueEnd = static_cast<std::size_t>(static_cast<const char*>(close) - data_);
        attribute.value = std::string_view(data_ + pos_, valueEnd - pos_);
        if (attribute.value.find('<') != std::string_view::npos) return false;
        pos_ = valueEnd + 1;
        for (const XmlAttribute& earlier : attributes_)
            if (earlier.name == attribute.name) return false;
        attributes_.push_back(attribute);
    }
}

XmlToken XmlTokenizer::endTag() {
    pos_ += 2;  // "</"
    if (!open_.empty()) {
        // Nearly always the end tag of the innermost element, with nothing before its '>'.
        const std::string_view expected = open_.back();
        const std::size_t close = pos_ + expected.size();
        if (close < end_ && data_[close] == '>' &&
            std::memcmp(data_ + pos_, expected.data(), expected.size()) == 0) {
            pos_ = close + 1;
            name_ = expected;
            open_.pop_back();
            return XmlToken::EndTag;
        }
    }
    std::string_view name;
    if (!readName(name)) return refuse();
    skipSpace();
    if (pos_ >= end_ || data_[pos_] != '>') return refuse();
    ++pos_;
    if (open_.empty() || open_.back() != name) return refuse();
    open_.pop_back();
    name_ = name;
    return XmlToken::EndTag;
}

XmlToken XmlTokenizer::processingInstruction() {
    pos_ += 2;  // "<?"
    std::string_view target;
    if (!readName(target)) return refuse();
    if (equalsIgnoringCase(target, "xml")) {
        // Only the declaration, and only at the very start of the file.
        if (tagOffset_ != 0 || !open_.empty()) return refuse();
        bool empty = false;
        if (!readAttributes(true, empty) || !empty) return refuse();
        return XmlToken::Declaration;
    }
    const std::string_view rest(data_ + pos_, end_ - pos_);
    if (!rest.starts_with("?>") && !skipSpace()) return refuse();
    const std::size_t close = std::string_view(data_ + pos_, end_ - pos_).find("?>");
    if (close == std::string_view::npos) return refuse();
    pos_ += close + 2;
    return XmlToken::End;
}

XmlToken XmlTokenizer::markupDeclaration() {
    const std::string_view rest(data_ + pos_, end_ - pos_);
    if (rest.starts_with("<!--")) {
        const std::size_t close = rest.find("-->", 4);
        if (close == std::string_view::npos) return refuse();
        const std::string_view body = rest.substr(4, close - 4);
        if (body.find("--") != std::string_view::npos || body.ends_with('-')) return refuse();
        pos_ += close + 3;
        return XmlToken::End;
    }
    constexpr std::string_view kCDataOpen = "<![CDATA[";
    if (rest.starts_with(kCDataOpen)) {
        const std::size_t close = rest.find("]]>", kCDataOpen.size());
        if (close == std::string_view::npos || open_.empty()) return refuse();
        text_ = rest.substr(kCDataOpen.size(), close - kCDataOpen.size());
        pos_ += close + 3;
        return XmlToken::CData;
    }
    return refuse();  // a document type declaration, or not XML
}

}  // namespace tqm::bank::reader
