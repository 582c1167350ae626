// The native reader's streaming path: the bank read straight from the text, with no document
// tree. Internal to the native reader.
//
// Building pugixml's tree and then visiting it costs more than the parse itself on a large bank:
// the tree is about twice the file's size, and every node is a cache miss when it is visited.
// This path reads the text once, in order, and fills the model as it goes. It reads only what
// it can prove the document path (native_reader.cpp) reads the same way: a well-formed file (as
// xml_stream_tokenizer.h accepts it) in which the reader finds nothing to report. At the first
// thing it would have to report, or anything it does not accept, it refuses, and the document
// path reads the file from the start and reports every problem as it always has. The validator
// runs on the model afterwards whichever path built it, so its reports are the same too.
//
// A large bank's questions are read in two halves on two threads, cut where the document path
// cuts them (native_reader_split.h): each half must tokenize to whole questions on its own,
// which fails when the cut lies in a comment, a CDATA section, a tag or a question.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "bank/bank.h"
#include "bank/native_reader_context.h"
#include "bank/xml_stream_tokenizer.h"

namespace tqm::bank {
struct QuestionHashes;
}

namespace tqm::bank::reader {

// Reads the bank from scan.text (the text without its byte order mark). True when read; false
// when refused, with the bank's fields partly filled: clear them with clearModel() before the
// document path reads the text. With `hashes`, each question's hashes are computed as it is read.
bool streamBank(SourceScan& scan, Bank& bank, QuestionHashes* hashes);

// Empties every field streamBank() fills; the bank's text store is kept.
void clearModel(Bank& bank);

// What a reading thread of the streaming path works with: its tokenizer, its position lookups
// and scratch lists, and the decoding of raw values into the bank's text store.
class StreamReader {
  public:
    StreamReader(SourceScan& scan, Bank& bank, XmlTokenizer& tokens)
        : scan_(scan), bank_(bank), tokens_(&tokens), lines_(scan) {}

    XmlTokenizer& tokens() { return *tokens_; }
    void setTokens(XmlTokenizer& tokens) { tokens_ = &tokens; }
    Bank& bank() { return bank_; }
    Scratch& scratch() { return scratch_; }

    SourcePos position(std::size_t offset) { return lines_.position(offset); }
    SourcePos tagPosition() { return position(tokens_->tagOffset()); }

    // The next token that is not character data made only of white space.
    XmlToken nextSignificant();
    // True when the element just started ends with nothing but white space inside.
    bool skipEmptyContent() { return nextSignificant() == XmlToken::EndTag; }
    // The content of a text-only element whose start tag was just read, up to its end tag: every
    // piece of character data and CDATA trimmed and decoded as the document path does, joined.
    bool readText(std::string_view& out);
    // The same, for an element that must have no attributes.
    bool readPlainText(std::string_view& out) {
        return tokens_->attributes().empty() && readText(out);
    }
    // An attribute's value as the document path decodes it.
    std::string_view value(const XmlAttribute& attribute);

  private:
    std::string_view keep(std::string decoded);
    std::string_view decodeCharacterData(std::string_view raw);
    // Whether `raw`, a part of the text, holds a '&': looked up in the scan's list of them.
    bool containsAmpersand(std::string_view raw);

    SourceScan& scan_;
    Bank& bank_;
    XmlTokenizer* tokens_;
    SourceLines lines_;
    Scratch scratch_;
    std::string joined_;
    // Index in scan_.ampersands of the first '&' not before the text last asked about.
    static constexpr std::size_t kUnplaced = static_cast<std::size_t>(-1);
    std::size_t nextAmpersand_ = kUnplaced;
};

// Reads a question element whose start tag was just read; implemented in
// native_stream_questions.cpp.
bool streamQuestion(StreamReader& reader, QuestionType type, Question& q);

}  // namespace tqm::bank::reader
