// The streaming path's document, bank and category elements, and the split of a large bank's
// questions between two threads (see native_stream_reader.h).
#include "bank/native_stream_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <optional>
#include <vector>

#include "bank/native_reader_rules.h"
#include "bank/native_reader_split.h"
#include "bank/validator.h"
#include "base/byte_buffer.h"
#include "base/concurrency.h"
#include "base/page_allocator.h"

namespace tqm::bank::reader {

namespace {

std::string_view trimWhiteSpace(std::string_view text) {
    while (!text.empty() && isXmlWhiteSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isXmlWhiteSpace(text.back())) text.remove_suffix(1);
    return text;
}

bool isUtf8Name(std::string_view name) {
    return name.size() >= 4 && name.size() <= 5 && (name[0] | 0x20) == 'u' &&
           (name[1] | 0x20) == 't' && (name[2] | 0x20) == 'f' &&
           (name.substr(3) == "-8" || name.substr(3) == "8");
}

// Questions of a bank are rarely under this many bytes each; reserving for that many keeps the
// list from moving while it grows, and reserved memory that is never written costs nothing.
constexpr std::size_t kReserveBytesPerQuestion = 256;

}  // namespace

XmlToken StreamReader::nextSignificant() {
    for (;;) {
        const XmlToken token = tokens_->next();
        if (token != XmlToken::Text) return token;
        const std::string_view text = tokens_->text();
        if (!std::all_of(text.begin(), text.end(), isXmlWhiteSpace)) return token;
    }
}

std::string_view StreamReader::keep(std::string decoded) {
    if (copier_) return decoded_.emplace_back(std::move(decoded));
    const std::lock_guard lock(scan_.keepLock);
    return bank_.keep(decoded);
}

void StreamReader::keepHeader() {
    if (!copier_) return;
    copier_->header(bank_);
    decoded_.clear();
}

void StreamReader::keepQuestion(Question& q) {
    if (!copier_) return;
    (*copier_)(q);
    decoded_.clear();
    if (!scan_.mapped) return;
    // Handed back a few pages at a time: each call is a system call.
    constexpr std::size_t kReleaseBytes = 1 << 20;
    const auto textOffset =
        static_cast<std::size_t>(scan_.text.data() - scan_.mapped->bytes().data());
    const std::size_t readTo = textOffset + tokens_->offset();
    if (released_ == kUnplaced) released_ = textOffset + questionsFrom_;
    if (readTo - released_ >= kReleaseBytes) released_ = scan_.mapped->release(released_, readTo);
}

bool StreamReader::containsAmpersand(std::string_view raw) {
    const std::vector<std::size_t>& ampersands = scan_.ampersands;
    if (ampersands.empty()) return false;
    const auto begin = static_cast<std::size_t>(raw.data() - scan_.text.data());
    // Text is asked for in document order, so the cursor only moves forward; a thread starts
    // wherever its part of the text does.
    if (nextAmpersand_ == kUnplaced ||
        (nextAmpersand_ > 0 && ampersands[nextAmpersand_ - 1] >= begin))
        nextAmpersand_ = static_cast<std::size_t>(
            std::lower_bound(ampersands.begin(), ampersands.end(), begin) - ampersands.begin());
    while (nextAmpersand_ < ampersands.size() && ampersands[nextAmpersand_] < begin)
        ++nextAmpersand_;
    return nextAmpersand_ < ampersands.size() && ampersands[nextAmpersand_] < begin + raw.size();
}

std::string_view StreamReader::decodeCharacterData(std::string_view raw) {
    const bool needed = containsAmpersand(raw) ||
                        (scan_.hasCarriageReturn && std::memchr(raw.data(), '\r', raw.size()));
    return needed ? keep(decodeText(raw, false)) : raw;
}

std::string_view StreamReader::value(const XmlAttribute& attribute) {
    const std::string_view raw = attribute.value;
    const bool needed = std::any_of(raw.begin(), raw.end(), [](char c) {
        return c == '&' || c == '\r' || c == '\t' || c == '\n';
    });
    return needed ? keep(decodeText(raw, true)) : raw;
}

bool StreamReader::readText(std::string_view& out) {
    // Pieces are joined only when there are several (text around CDATA sections), which is rare.
    std::string_view single;
    std::size_t pieces = 0;
    for (;;) {
        const XmlToken token = tokens_->next();
        std::string_view piece;
        if (token == XmlToken::Text) {
            const std::string_view trimmed = trimWhiteSpace(tokens_->text());
            if (trimmed.empty()) continue;
            piece = decodeCharacterData(trimmed);
        } else if (token == XmlToken::CData) {
            // As the document path: a section holding a carriage return is decoded whole.
            const std::string_view raw = tokens_->text();
            piece = scan_.hasCarriageReturn && raw.find('\r') != std::string_view::npos
                        ? keep(std::string(trimWhiteSpace(decodeText(raw, false))))
                        : trimWhiteSpace(raw);
        } else if (token == XmlToken::EndTag) {
            break;
        } else {
            return false;
        }
        if (piece.empty()) continue;
        if (pieces == 1) joined_.assign(single);
        if (pieces >= 1) joined_ += piece;
        single = piece;
        ++pieces;
    }
    out = pieces <= 1 ? single : keep(joined_);
    return true;
}

void clearModel(Bank& bank) {
    bank.id = bank.version = bank.title = bank.language = {};
    bank.organization = bank.description = {};
    bank.scoring = MultipleChoiceScoring::AllOrNothing;
    bank.categories = {};
    bank.questions = {};
}

namespace {

// The second half's questions, in chunks: appended to the first half's list a chunk at a time,
// each handed back to the system once moved, so that the two lists never both hold the whole
// second half (16 MB more at the end of the read for 50,000 questions).
class QuestionChunks {
  public:
    Question& emplace_back() {
        if (chunks_.empty() || chunks_.back().size() == kChunk)
            chunks_.emplace_back().reserve(kChunk);
        ++size_;
        return chunks_.back().emplace_back();
    }
    std::size_t size() const { return size_; }

    void moveInto(std::vector<Question>& out) {
        for (Chunk& chunk : chunks_) {
            out.insert(out.end(), std::make_move_iterator(chunk.begin()),
                       std::make_move_iterator(chunk.end()));
            Chunk().swap(chunk);
        }
        chunks_.clear();
        size_ = 0;
    }

  private:
    static constexpr std::size_t kChunk = 2048;
    using Chunk = std::vector<Question, PageAllocator<Question>>;
    std::vector<Chunk> chunks_;
    std::size_t size_ = 0;
};

class BankStream {
  public:
    BankStream(SourceScan& scan, Bank& bank, QuestionHashes* hashes, bool keep)
        : scan_(scan), bank_(bank), hashes_(hashes) {
        if (keep) copier_.emplace(bank.textStore());
    }

    bool read() {
        const std::string_view text = scan_.text;
        if (text.size() >= kParallelBytes) split_ = findSplitPoints(text);
        XmlTokenizer head(text, 0, split_ ? split_->contentBegin : text.size());
        StreamReader reader(scan_, bank_, head, copier());
        XmlToken token = reader.nextSignificant();
        if (token == XmlToken::Declaration) {
            for (const XmlAttribute& a : head.attributes())
                if (a.name == "encoding" && !isUtf8Name(a.value)) return false;
            token = reader.nextSignificant();
        }
        if (token != XmlToken::StartTag || wordOf(head.name()) != Word::Bank) return false;
        if (!readBankAttributes(reader) || !readBankChildren(reader)) return false;
        return reader.nextSignificant() == XmlToken::End;  // nothing but comments after the root
    }

  private:
    bool readBankAttributes(StreamReader& reader) {
        std::array<bool, 4> present{};  // format, id, version, language
        for (const XmlAttribute& a : reader.tokens().attributes()) {
            const std::string_view value = reader.value(a);
            switch (wordOf(a.name)) {
                case Word::Format:
                    if (a.value != "1") return false;
                    present[0] = true;
                    break;
                case Word::Id:
                    bank_.id = value, present[1] = true;
                    break;
                case Word::Version:
                    bank_.version = value, present[2] = true;
                    break;
                case Word::Language:
                    bank_.language = value, present[3] = true;
                    break;
                case Word::Scoring:
                    if (auto scoring = scoringFromName(value))
                        bank_.scoring = *scoring;
                    else
                        return false;
                    break;
                default:
                    if (!isNamespaceAttribute(a.name)) return false;
            }
        }
        return std::all_of(present.begin(), present.end(), [](bool p) { return p; });
    }

    bool readBankChildren(StreamReader& reader) {
        std::array<bool, 5> seen{};
        int lastRank = -1;
        for (;;) {
            const XmlToken token = reader.nextSignificant();
            if (token == XmlToken::EndTag) break;
            if (token != XmlToken::StartTag) return false;
            XmlTokenizer& tokens = reader.tokens();
            const Word word = wordOf(tokens.name());
            const int rank = bankChildRank(word);
            if (rank <= lastRank || !tokens.attributes().empty()) return false;
            lastRank = rank;
            seen[static_cast<std::size_t>(rank)] = true;
            bool read = false;
            switch (word) {
                case Word::Title:
                    read = reader.readText(bank_.title);
                    break;
                case Word::Organization:
                    read = reader.readText(bank_.organization);
                    break;
                case Word::Description:
                    read = reader.readText(bank_.description);
                    break;
                case Word::Categories:
                    read = readCategoryList(reader, bank_.categories, 1);
                    break;
                default:
                    read = readQuestions(reader);
            }
            if (!read) return false;
        }
        return seen[0] && seen[4];
    }

    bool readCategoryList(StreamReader& reader, std::vector<Category>& out, int depth) {
        XmlTokenizer& tokens = reader.tokens();
        for (;;) {
            const XmlToken token = reader.nextSignificant();
            if (token == XmlToken::EndTag) return true;
            if (token != XmlToken::StartTag || wordOf(tokens.name()) != Word::Category)
                return false;
            Category& category = out.emplace_back();
            category.pos = reader.tagPosition();
            bool id = false, title = false;
            for (const XmlAttribute& a : tokens.attributes()) {
                const Word word = wordOf(a.name);
                if (word == Word::Id)
                    category.id = reader.value(a), id = true;
                else if (word == Word::Title)
                    category.title = reader.value(a), title = true;
                else
                    return false;
            }
            if (!id || !title) return false;
            // Below the deepest level a category may have no subcategories.
            const bool read = depth >= kMaxCategoryDepth
                                  ? reader.skipEmptyContent()
                                  : readCategoryList(reader, category.children, depth + 1);
            if (!read) return false;
        }
    }

    // Reads questions until `last`: the end tag of <questions>, or the end of a half's range.
    template <typename Questions>
    bool readQuestionRange(StreamReader& reader, Questions& out, QuestionHashes* hashes,
                           XmlToken last) {
        XmlTokenizer& tokens = reader.tokens();
        reader.startQuestionsAt(tokens.offset());
        std::string scratch;
        for (;;) {
            const XmlToken token = reader.nextSignificant();
            if (token == last) return true;
            if (token != XmlToken::StartTag) return false;
            const std::optional<QuestionType> type = questionTypeOf(wordOf(tokens.name()));
            if (!type) return false;
            Question& q = out.emplace_back();
            if (!streamQuestion(reader, *type, q)) return false;
            reader.keepQuestion(q);
            if (hashes) {
                const std::size_t index = out.size() - 1;
                hashes->resize(index + 1);
                hashes->compute(index, q, scratch);
            }
        }
    }

    bool readQuestions(StreamReader& reader) {
        // The bank's fields and categories come before its questions.
        reader.keepHeader();
        XmlTokenizer& tokens = reader.tokens();
        if (!split_) return readQuestionRange(reader, bank_.questions, hashes_, XmlToken::EndTag);
        // The start tag the split was found at, and nothing of the text after it read yet.
        if (tokens.offset() != split_->contentBegin || tokens.depth() != 2) return false;
        if (!readHalves()) return false;
        tail_.emplace(scan_.text, split_->contentEnd, scan_.text.size());
        tail_->assumeOpen("bank");
        tail_->assumeOpen("questions");
        reader.setTokens(*tail_);
        return reader.nextSignificant() == XmlToken::EndTag;
    }

    bool readHalves() {
        const std::string_view text = scan_.text;
        std::vector<Question>& first = bank_.questions;
        QuestionChunks second;
        const std::size_t firstBytes = split_->middle - split_->contentBegin;
        const std::size_t secondBytes = split_->contentEnd - split_->middle;
        first.reserve((firstBytes + secondBytes) / kReserveBytesPerQuestion + 1);
        adviseHugePages(first.data(), first.capacity() * sizeof(Question));
        QuestionHashes secondHashes;
        // The second thread keeps its text in a store of its own, which the bank takes over.
        TextStore secondText;
        std::optional<TextCopier> secondCopier;
        if (copier_) secondCopier.emplace(secondText);
        bool read[2] = {false, false};
        runConcurrently(
            [&] {
                XmlTokenizer tokens(text, split_->middle, split_->contentEnd);
                StreamReader reader(scan_, bank_, tokens, secondCopier ? &*secondCopier : nullptr);
                read[1] = readQuestionRange(reader, second, hashes_ ? &secondHashes : nullptr,
                                            XmlToken::End);
            },
            [&] {
                XmlTokenizer tokens(text, split_->contentBegin, split_->middle);
                StreamReader reader(scan_, bank_, tokens, copier());
                read[0] = readQuestionRange(reader, first, hashes_, XmlToken::End);
            });
        bank_.textStore().absorb(std::move(secondText));
        if (!read[0] || !read[1]) return false;
        second.moveInto(first);
        if (hashes_) {
            hashes_->id.insert(hashes_->id.end(), secondHashes.id.begin(), secondHashes.id.end());
            hashes_->stemKey.insert(hashes_->stemKey.end(), secondHashes.stemKey.begin(),
                                    secondHashes.stemKey.end());
            hashes_->hasStemKey.insert(hashes_->hasStemKey.end(), secondHashes.hasStemKey.begin(),
                                       secondHashes.hasStemKey.end());
        }
        return true;
    }

    TextCopier* copier() { return copier_ ? &*copier_ : nullptr; }

    SourceScan& scan_;
    Bank& bank_;
    QuestionHashes* hashes_;
    std::optional<TextCopier> copier_;  // reading to keep
    std::optional<SplitPoints> split_;
    std::optional<XmlTokenizer> tail_;
};

}  // namespace

bool streamBank(SourceScan& scan, Bank& bank, QuestionHashes* hashes, bool keep) {
    return BankStream(scan, bank, hashes, keep).read();
}

}  // namespace tqm::bank::reader
