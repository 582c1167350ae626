// The streaming path's question elements (see native_stream_reader.h): the same rules as
// native_reader_questions.cpp, except that whatever that file would report is refused here.
#include <iterator>

#include "bank/native_reader_rules.h"
#include "bank/native_stream_reader.h"

namespace tqm::bank::reader {

namespace {

class QuestionStream {
  public:
    QuestionStream(StreamReader& reader, QuestionType type, Question& q)
        : reader_(reader), tokens_(reader.tokens()), scratch_(reader.scratch()), q_(q) {
        q_.type = type;
        q_.pos = reader.tagPosition();
    }

    bool read() {
        if (!readAttributes()) return false;
        scratch_.choices.clear();
        scratch_.blanks.clear();
        scratch_.pairs.clear();
        scratch_.images.clear();
        scratch_.tags.clear();
        scratch_.positions.clear();
        if (!readChildren()) return false;
        q_.choices.assign(scratch_.choices.begin(), scratch_.choices.end());
        q_.blanks.assign(std::make_move_iterator(scratch_.blanks.begin()),
                         std::make_move_iterator(scratch_.blanks.end()));
        q_.pairs.assign(scratch_.pairs.begin(), scratch_.pairs.end());
        q_.images.assign(scratch_.images.begin(), scratch_.images.end());
        q_.tags.assign(scratch_.tags.begin(), scratch_.tags.end());
        q_.positions.assign(scratch_.positions.begin(), scratch_.positions.end());
        return true;
    }

  private:
    bool readAttributes() {
        bool id = false, category = false, answer = false;
        for (const XmlAttribute& a : tokens_.attributes()) {
            const Word word = wordOf(a.name);
            if (!allowedQuestionAttribute(word, q_.type)) return false;
            const std::string_view value = reader_.value(a);
            switch (word) {
                case Word::Id:
                    q_.id = value, id = true;
                    break;
                case Word::Category:
                    q_.category = value, category = true;
                    break;
                case Word::Title:
                    q_.title = value;
                    break;
                case Word::Difficulty:
                    if (!parseInt(value, q_.difficulty)) return false;
                    break;
                case Word::Points:
                    if (!parseFinite(value, q_.points)) return false;
                    break;
                case Word::Scoring:
                    q_.scoring = scoringFromName(value);
                    if (!q_.scoring) return false;
                    break;
                case Word::Answer:
                    if (!parseBool(value, q_.answerTrue)) return false;
                    answer = true;
                    break;
                default:  // case-sensitive
                    if (!parseBool(value, q_.caseSensitive)) return false;
            }
        }
        return id && category && (answer || q_.type != QuestionType::TrueFalse);
    }

    bool readChildren() {
        std::uint32_t seen = 0;  // bit per rank, for elements that may appear once
        int lastRank = -1;
        for (;;) {
            const XmlToken token = reader_.nextSignificant();
            if (token == XmlToken::EndTag) break;
            if (token != XmlToken::StartTag) return false;
            const Word word = wordOf(tokens_.name());
            const int rank = questionChildRank(word, q_.type);
            if (rank == kNotAllowed || rank < lastRank) return false;
            if (!repeatable(word)) {
                const std::uint32_t bit = 1u << rank;
                if (seen & bit) return false;
                seen |= bit;
            }
            lastRank = rank;
            if (!readChild(word)) return false;
        }
        return q_.type != QuestionType::ShortAnswer || (seen & (1u << kOwn));
    }

    bool readChild(Word word) {
        switch (word) {
            case Word::Stem:
                return reader_.readPlainText(q_.stem);
            case Word::Image:
                return readImage();
            case Word::Option:
                return readOption();
            case Word::Item:
                return reader_.readPlainText(scratch_.choices.emplace_back().text);
            case Word::Blank:
                return readBlank();
            case Word::Pair:
                return readPair();
            case Word::Reference:
                return reader_.readPlainText(q_.referenceAnswer);
            case Word::Grading:
                return reader_.readPlainText(q_.gradingNotes);
            case Word::Explanation:
                return reader_.readPlainText(q_.explanation);
            case Word::Source:
                return reader_.readPlainText(q_.source);
            case Word::Tags:
                return readList(Word::Tag, scratch_.tags);
            default:
                return readList(Word::Position, scratch_.positions);
        }
    }

    bool readImage() {
        const auto attributes = tokens_.attributes();
        if (attributes.size() != 1 || wordOf(attributes[0].name) != Word::Src) return false;
        scratch_.images.push_back(reader_.value(attributes[0]));
        return reader_.skipEmptyContent();
    }

    bool readOption() {
        Choice& choice = scratch_.choices.emplace_back();
        for (const XmlAttribute& a : tokens_.attributes()) {
            if (wordOf(a.name) != Word::Correct || !parseBool(reader_.value(a), choice.correct))
                return false;
        }
        return reader_.readText(choice.text);
    }

    bool readBlank() {
        Blank& out = scratch_.blanks.emplace_back();
        const XmlAttribute* number = nullptr;
        const XmlAttribute* tolerance = nullptr;
        for (const XmlAttribute& a : tokens_.attributes()) {
            const Word word = wordOf(a.name);
            if (word == Word::Number)
                number = &a;
            else if (word == Word::Tolerance)
                tolerance = &a;
            else
                return false;
        }
        double value = 0.0;
        if (number) {
            if (!parseFinite(reader_.value(*number), value)) return false;
            out.number = value;
        }
        if (tolerance) {
            if (!number || !parseFinite(reader_.value(*tolerance), value) || value < 0.0)
                return false;
            out.tolerance = value;
        }
        scratch_.accepted.clear();
        for (;;) {
            const XmlToken token = reader_.nextSignificant();
            if (token == XmlToken::EndTag) break;
            if (token != XmlToken::StartTag || wordOf(tokens_.name()) != Word::Accept ||
                !reader_.readPlainText(scratch_.accepted.emplace_back()))
                return false;
        }
        out.accepted.assign(scratch_.accepted.begin(), scratch_.accepted.end());
        return true;
    }

    bool readPair() {
        MatchPair& out = scratch_.pairs.emplace_back();
        if (!tokens_.attributes().empty()) return false;
        int part = 0;  // 0: the prompt comes next, 1: the answer, 2: the end tag
        for (;;) {
            const XmlToken token = reader_.nextSignificant();
            if (token == XmlToken::EndTag) return part == 2;
            if (token != XmlToken::StartTag) return false;
            const Word word = wordOf(tokens_.name());
            if (part == 0 && word == Word::Prompt) {
                if (!reader_.readPlainText(out.prompt)) return false;
            } else if (part == 1 && word == Word::Answer) {
                if (!reader_.readPlainText(out.answer)) return false;
            } else {
                return false;
            }
            ++part;
        }
    }

    bool readList(Word itemWord, std::vector<std::string_view>& out) {
        if (!tokens_.attributes().empty()) return false;
        for (;;) {
            const XmlToken token = reader_.nextSignificant();
            if (token == XmlToken::EndTag) return true;
            if (token != XmlToken::StartTag || wordOf(tokens_.name()) != itemWord ||
                !reader_.readPlainText(out.emplace_back()))
                return false;
        }
    }

    StreamReader& reader_;
    XmlTokenizer& tokens_;
    Scratch& scratch_;
    Question& q_;
};

}  // namespace

bool streamQuestion(StreamReader& reader, QuestionType type, Question& q) {
    return QuestionStream(reader, type, q).read();
}

}  // namespace tqm::bank::reader
