// A small, strict pull tokenizer for the XML the native bank format uses. Internal to the native
// reader (see native_stream_reader.h for why there is a second path besides pugixml's).
//
// It reads elements, attributes, character data, CDATA sections, comments, processing
// instructions and the XML declaration, straight from the text without writing to it, and
// refuses everything else: a document type declaration, a name or construct it does not know,
// anything not well-formed. Refusing is never wrong, because the caller then reads the file
// with the full parser, which reports the problem exactly where it always did. Accepting is
// only right when the full parser would read the same thing: the rules below are never looser
// than pugixml's with the reader's flags (native_reader_context.h).
//
// - Names are ASCII: a letter, '_' or ':', then letters, digits, '_', ':', '-' or '.'.
// - Attributes are separated by white space; '=' may have white space around it; values are
//   quoted with ' or " and may not contain '<'. Values are raw: entity references are not
//   expanded here. A second attribute of the same name is refused.
// - Character data is every byte up to the next '<' (raw, untrimmed, references unexpanded).
//   Character data made only of white space is skipped, as the reader keeps none of it.
// - Comments may not contain "--" nor end with '-'; processing instructions need a name; the XML
//   declaration (a processing instruction named "xml" in any letter case) is accepted only as
//   the first bytes of the text.
// - End tags must match their start tags. A range may end with elements still open (the caller
//   decides whether that is acceptable), but never in the middle of a token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tqm::bank::reader {

struct XmlAttribute {
    std::string_view name;
    std::string_view value;  // raw, between the quotes
    std::size_t nameOffset = 0;
};

enum class XmlToken : std::uint8_t {
    Declaration,  // the XML declaration: attributes()
    StartTag,     // name(), attributes(), tagOffset(); an empty-element tag is followed by EndTag
    EndTag,       // name() of the element it closes
    Text,         // text(): the character data up to the next markup, not only white space
    CData,        // text(): the content of a CDATA section, possibly empty
    End,          // the range is used up
    Refused,      // not well-formed, or not for this tokenizer; every later call returns it too
};

class XmlTokenizer {
  public:
    // Tokenizes text[begin, end). Offsets (tagOffset(), attribute name offsets) count from the
    // start of `text`, so that positions can be computed for the whole file.
    XmlTokenizer(std::string_view text, std::size_t begin, std::size_t end);

    // Treats the range as the content of an element named `name` that opened before it, so that
    // its end tag is accepted.
    void assumeOpen(std::string_view name) { open_.push_back(name); }

    XmlToken next();

    std::string_view name() const { return name_; }
    std::span<const XmlAttribute> attributes() const { return attributes_; }
    std::string_view text() const { return text_; }
    std::size_t tagOffset() const { return tagOffset_; }
    std::size_t offset() const { return pos_; }  // where the next token starts
    std::size_t depth() const { return open_.size(); }

  private:
    XmlToken refuse();
    XmlToken startTag();
    XmlToken endTag();
    XmlToken processingInstruction();
    XmlToken markupDeclaration();
    // Reads attributes up to `close` ("/>" or ">" for a start tag, "?>" for the declaration).
    bool readAttributes(bool declaration, bool& empty);
    bool readName(std::string_view& out);
    bool skipSpace();  // true when at least one white space character was skipped

    const char* data_;
    std::size_t pos_;
    std::size_t end_;
    std::string_view name_;
    std::string_view text_;
    std::size_t tagOffset_ = 0;
    std::vector<XmlAttribute> attributes_;
    std::vector<std::string_view> open_;
    bool pendingEnd_ = false;  // an empty-element tag was returned; its EndTag comes next
    bool refused_ = false;
};

inline bool isXmlWhiteSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

}  // namespace tqm::bank::reader
