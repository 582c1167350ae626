// What the native reader's parts share while they turn a parsed document into a Bank. Internal to
// the reader (native_reader*.cpp); not part of the core's interface.
//
// The document is parsed in place without pugixml's escape and end-of-line processing, so the
// buffer keeps its original bytes except for the terminators pugixml writes over delimiters. That
// is what keeps positions exact: a line table taken before the parse stays true, and columns
// counted afterwards see as many characters as the author's editor does. Text containing an
// entity reference or a carriage return is decoded into the bank's text store; all other text is
// a view straight into the buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "bank/bank.h"
#include "base/concurrency.h"
#include "base/diagnostic.h"
#include "base/mapped_file.h"

namespace tqm::bank::reader {

// Every element and attribute name of the format. Names are looked up once per node, so the
// lookup is a switch on the first letter and a length-checked compare, not a chain of strcmp.
enum class Word : std::uint8_t {
    Unknown,
    Accept,
    Answer,
    Bank,
    Blank,
    CaseSensitive,
    Categories,
    Category,
    Correct,
    Description,
    Difficulty,
    Explanation,
    FillBlank,
    Format,
    Grading,
    Id,
    Image,
    Item,
    Language,
    Matching,
    MultipleChoice,
    Number,
    Option,
    Ordering,
    Organization,
    Pair,
    Points,
    Position,
    Positions,
    Prompt,
    Questions,
    Reference,
    Scoring,
    ShortAnswer,
    SingleChoice,
    Source,
    Src,
    Stem,
    Tag,
    Tags,
    Title,
    Tolerance,
    TrueFalse,
    Version,
};

Word wordOf(std::string_view name);
inline Word wordOf(const char* name) {
    return wordOf(std::string_view(name));
}

// What every reading thread shares: the buffer and what was learnt from it before the parse.
struct SourceScan {
    std::string_view text;
    std::vector<std::size_t> lineStarts;
    std::vector<std::size_t> ampersands;  // offsets of every '&': text holding one is decoded
    bool hasCarriageReturn = false;
    bool hasNul = false;
    std::mutex keepLock;  // the bank's text store is not thread-safe

    // A split document's outline (native_reader_split.h): a copy of the text before the content
    // of <questions> (headSize bytes) and of the text from tailOffset on. Names and values read
    // from it are placed back where they stand in the text.
    const char* outline = nullptr;
    std::size_t outlineHead = 0;
    std::size_t outlineTail = 0;
    std::size_t outlineSize = 0;

    bool validUtf8 = true;  // of the part scanned

    // When the text is a file mapped for reading to keep (readBankFileToKeep): its pages are
    // handed back behind the scan and behind each reading thread, so that the file is never
    // resident whole. Null for a buffer of the reader's own.
    const MappedFile* mapped = nullptr;

    // Reads text[begin, end), which must not have been parsed (written to) yet; `begin` is 0 or
    // the start of a line. With `copyFrom`, text[begin, end) is first filled from copyFrom[begin,
    // end) (`text` is then the reader's own, writable buffer): piece by piece, so that each piece
    // is copied, checked and scanned while it is in the processor's cache, and the text is read
    // from memory once instead of once per step.
    // With `mapped` (whose bytes `text` lies in), the pages scanned are handed back as the scan
    // moves on.
    SourceScan(std::string_view text, std::size_t begin, std::size_t end,
               const char* copyFrom = nullptr, const MappedFile* mapped = nullptr);
    explicit SourceScan(std::string_view text) : SourceScan(text, 0, text.size()) {}
    // Adds the scan of the part of the text that follows the part this one read.
    void append(const SourceScan& next);

  private:
    void scanPiece(std::size_t begin, std::size_t end);
};

// 1-based line and character column of byte offsets, from the line table taken before the
// parse. Lookups move forward from the previous one, because the reader asks in document order,
// so even a bank written on a single line is positioned in linear time. One per thread.
class SourceLines {
  public:
    explicit SourceLines(const SourceScan& scan) : scan_(scan) {}
    SourcePos position(std::size_t offset);

  private:
    const SourceScan& scan_;
    std::size_t line_ = 0;        // index into lineStarts of the previous lookup
    std::size_t lastOffset_ = 0;  // the previous lookup, and its column
    std::uint32_t lastColumn_ = 1;
};

// Reused between questions so that each of a question's lists is allocated once, at its size.
struct Scratch {
    std::vector<Choice> choices;
    std::vector<Blank> blanks;
    std::vector<MatchPair> pairs;
    std::vector<std::string_view> images;
    std::vector<std::string_view> tags;
    std::vector<std::string_view> positions;
    std::vector<std::string_view> accepted;
};

// The record a problem is about; its label ("question "basics-001": ") is only formatted when a
// problem is reported, so reading a clean bank formats none.
struct Record {
    enum class Kind : std::uint8_t { Bank, Category, Question };
    Kind kind = Kind::Bank;
    std::string_view id;
    std::size_t ordinal = 0;  // questions: 1-based, named when the id is missing

    std::string label() const;
};

}  // namespace tqm::bank::reader

namespace tqm::bank {
struct QuestionHashes;
}

namespace tqm::bank::reader {

class ReaderContext {
  public:
    // Several contexts may read one document on different threads, each into its own `out`.
    ReaderContext(SourceScan& scan, Bank& bank, std::vector<Diagnostic>& out, std::string fileName);

    Bank& bank() { return bank_; }
    SourceScan& scan() { return scan_; }
    const std::string& fileName() const { return sink_.file(); }
    Scratch& scratch() { return scratch_; }
    // Where the validator's hashes of each question go as it is read; null: nowhere.
    QuestionHashes* questionHashes() const { return questionHashes_; }
    void setQuestionHashes(QuestionHashes* hashes) { questionHashes_ = hashes; }

    // Position of a character inside the buffer; (0, 0) for a pointer outside it (pugixml
    // points empty names and values at a shared static string).
    SourcePos positionOf(const char* at);
    // Position of the '<' that opens an element's start tag.
    SourcePos startTagOf(pugi::xml_node element);

    void error(const char* at, std::string code, std::string message);
    void error(SourcePos pos, std::string code, std::string message);
    // Takes the problems another context found in the same document.
    void addAll(std::vector<Diagnostic> problems);

    // An attribute's value with entity references expanded and whitespace normalised.
    std::string_view attributeValue(pugi::xml_attribute attribute);
    // The text of an element that holds text only: the embedded value plus any CDATA, trimmed.
    // Child elements are reported as unknown-element; `record` names the question or category.
    std::string_view elementText(pugi::xml_node element, const Record& record);

    // Problems the reader's parts report; `record` is what they are about.
    void misplacedText(const char* text, pugi::xml_node parent, const Record& record,
                       std::string_view hint = {});
    // Reports text embedded in an element that holds only elements.
    void rejectEmbeddedText(pugi::xml_node element, const Record& record,
                            std::string_view hint = {});
    void unknownElement(pugi::xml_node element, const Record& record, const std::string& where);
    void unknownAttribute(pugi::xml_attribute attribute, const Record& record,
                          pugi::xml_node element);
    // Sets `slot` to `attribute`, reporting a second occurrence (pugixml accepts repeated
    // attributes, which XML forbids).
    void takeAttribute(pugi::xml_attribute& slot, pugi::xml_attribute attribute,
                       const Record& record, pugi::xml_node element);
    // Reports every attribute of an element that takes none.
    void rejectAttributes(pugi::xml_node element, const Record& record);
    void missingAttribute(pugi::xml_node element, const Record& record, std::string_view attribute);
    void invalidValue(pugi::xml_attribute attribute, const Record& record,
                      std::string_view expected);
    void duplicateElement(pugi::xml_node element, const Record& record);
    void misplacedElement(pugi::xml_node element, const Record& record, std::string_view after);

  private:
    // Offset in the text of a character of the buffer or of the outline; npos for neither.
    std::size_t offsetOf(const char* at) const;
    std::string_view decodeIfNeeded(const char* value, bool attribute);
    bool containsAmpersand(std::size_t begin, std::size_t end);
    std::string_view keep(std::string_view text);

    SourceScan& scan_;
    std::string_view text_;
    SourceLines lines_;
    std::size_t nextAmpersand_ = 0;  // first '&' not before the last value asked for
    Bank& bank_;
    DiagnosticSink sink_;
    Scratch scratch_;
    QuestionHashes* questionHashes_ = nullptr;
};

std::string quoted(std::string_view text);

// Strict parses of attribute values; nothing but the value may be present.
bool parseBool(std::string_view text, bool& out);
bool parseInt(std::string_view text, int& out);
bool parseFinite(std::string_view text, double& out);

// Escapes and end-of-line handling stay off: the reader decodes the few values that need it, so
// the buffer keeps the author's bytes and positions stay exact (see the top of this file).
inline constexpr unsigned int kParseFlags = pugi::parse_cdata | pugi::parse_embed_pcdata |
                                            pugi::parse_trim_pcdata | pugi::parse_declaration;

// Banks at least this large are read with a second thread where the work splits cleanly.
inline constexpr std::size_t kParallelBytes = 1 << 20;
inline constexpr std::size_t kParallelQuestions = 2000;

struct SplitDocument;

// Fills `bank` from the root element; implemented in native_reader_bank.cpp. With `split`, the
// children of its <questions> element come from the split's halves.
void readBankElement(pugi::xml_node root, ReaderContext& context,
                     const SplitDocument* split = nullptr);
// Reads one question element into `q`; implemented in native_reader_questions.cpp.
void readQuestion(pugi::xml_node element, QuestionType type, std::size_t ordinal,
                  ReaderContext& context, Question& q);

}  // namespace tqm::bank::reader
