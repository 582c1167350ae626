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
#include <deque>
#include <string>
#include <string_view>

#include "bank/bank.h"
#include "bank/native_reader_context.h"
#include "bank/text_copier.h"
#include "bank/xml_stream_tokenizer.h"

namespace tqm::bank {
struct QuestionHashes;
}

namespace tqm::bank::reader {

// Reads the bank from scan.text (the text without its byte order mark). True when read; false
// when refused, with the bank's fields partly filled: clear them with clearModel() before the
// document path reads the text. With `hashes`, each question's hashes are computed as it is read.
//
// With `keep`, the bank is read to keep (readBankFileToKeep): each question's text is copied
// into the bank's own store as soon as the question is read (a name questions repeat only
// once, as Bank::compactText() does), and when the text is a mapped file (scan.mapped) its pages
// are handed back behind each reading thread. No field then points into scan.text.
bool streamBank(SourceScan& scan, Bank& bank, QuestionHashes* hashes, bool keep = false);

// Empties every field streamBank() fills; the bank's text store is kept.
void clearModel(Bank& bank);

// What a reading thread of the streaming path works with: its tokenizer, its position lookups
// and scratch lists, and the decoding of raw values into the bank's text store.
class StreamReader {
  public:
    // With `copier`, text is read to keep: keepHeader() and keepQuestion() copy it into the
    // copier's store.
    StreamReader(SourceScan& scan, Bank& bank, XmlTokenizer& tokens, TextCopier* copier = nullptr)
        : scan_(scan), bank_(bank), tokens_(&tokens), lines_(scan), copier_(copier) {}

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

    // When reading to keep: copies the text of `q`, just read, out of scan.text, and hands
    // back the mapped file's pages that this thread has read past.
    void keepQuestion(Question& q);
    // When reading to keep: copies the bank's own fields and categories, all read by now.
    void keepHeader();
    // Where this thread starts reading questions: no page before it is handed back.
    void startQuestionsAt(std::size_t offset) { questionsFrom_ = offset; }

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
    TextCopier* copier_;
    // When reading to keep, text decoded since the last copy: the copy is all that is kept.
    std::deque<std::string> decoded_;
    std::size_t questionsFrom_ = 0;
    std::size_t released_ = kUnplaced;  // where this thread's pages handed back so far end
};

// Reads a question element whose start tag was just read; implemented in
// native_stream_questions.cpp.
bool streamQuestion(StreamReader& reader, QuestionType type, Question& q);

}  // namespace tqm::bank::reader
