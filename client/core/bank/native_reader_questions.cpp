// The native reader's question elements: attributes, the common children and each type's own.
#include <iterator>
#include <string>
#include <string_view>

#include "bank/native_reader_context.h"
#include "bank/native_reader_rules.h"

namespace tqm::bank::reader {

namespace {

constexpr std::string_view kTrueOrFalse = "\"true\" or \"false\"";

// One question being read: the element, its label for messages and the shared scratch lists.
class QuestionReader {
  public:
    QuestionReader(pugi::xml_node element, QuestionType type, std::size_t ordinal,
                   ReaderContext& context, Question& q)
        : element_(element),
          record_{Record::Kind::Question, {}, ordinal},
          context_(context),
          scratch_(context.scratch()),
          q_(q) {
        q_.type = type;
        q_.pos = context.startTagOf(element);
    }

    void read() {
        readAttributes();
        context_.rejectEmbeddedText(element_, record_);
        clearScratch();
        readChildren();
        q_.choices.assign(scratch_.choices.begin(), scratch_.choices.end());
        q_.blanks.assign(std::make_move_iterator(scratch_.blanks.begin()),
                         std::make_move_iterator(scratch_.blanks.end()));
        q_.pairs.assign(scratch_.pairs.begin(), scratch_.pairs.end());
        q_.images.assign(scratch_.images.begin(), scratch_.images.end());
        q_.tags.assign(scratch_.tags.begin(), scratch_.tags.end());
        q_.positions.assign(scratch_.positions.begin(), scratch_.positions.end());
    }

  private:
    void clearScratch() {
        scratch_.choices.clear();
        scratch_.blanks.clear();
        scratch_.pairs.clear();
        scratch_.images.clear();
        scratch_.tags.clear();
        scratch_.positions.clear();
    }

    bool allowedAttribute(Word word) const { return allowedQuestionAttribute(word, q_.type); }

    void readAttributes() {
        pugi::xml_attribute id, category, difficulty, points, scoring, answer, caseSensitive, title;
        bool unknown = false;
        for (pugi::xml_attribute a = element_.first_attribute(); a; a = a.next_attribute()) {
            const Word word = wordOf(a.name());
            if (!allowedAttribute(word)) {
                unknown = true;
                continue;
            }
            pugi::xml_attribute* slot = &title;
            switch (word) {
                case Word::Id:
                    slot = &id;
                    break;
                case Word::Category:
                    slot = &category;
                    break;
                case Word::Difficulty:
                    slot = &difficulty;
                    break;
                case Word::Points:
                    slot = &points;
                    break;
                case Word::Scoring:
                    slot = &scoring;
                    break;
                case Word::Answer:
                    slot = &answer;
                    break;
                case Word::CaseSensitive:
                    slot = &caseSensitive;
                    break;
                default:
                    break;
            }
            if (*slot) {
                // The id is not read yet; look it up for the message.
                const Record pending{Record::Kind::Question, element_.attribute("id").value(),
                                     record_.ordinal};
                context_.takeAttribute(*slot, a, pending, element_);
            }
            *slot = a;
        }
        if (id) q_.id = record_.id = context_.attributeValue(id);
        if (title) q_.title = context_.attributeValue(title);
        if (category) q_.category = context_.attributeValue(category);
        if (unknown) {
            for (pugi::xml_attribute a = element_.first_attribute(); a; a = a.next_attribute())
                if (!allowedAttribute(wordOf(a.name())))
                    context_.unknownAttribute(a, record_, element_);
        }
        if (!id) context_.missingAttribute(element_, record_, "id");
        if (!category) context_.missingAttribute(element_, record_, "category");
        if (difficulty && !parseInt(context_.attributeValue(difficulty), q_.difficulty))
            context_.invalidValue(difficulty, record_, "a whole number from 1 to 5");
        if (points && !parseFinite(context_.attributeValue(points), q_.points))
            context_.invalidValue(points, record_, "a decimal number such as 1 or 0.5");
        if (scoring) {
            if (auto rule = scoringFromName(context_.attributeValue(scoring)))
                q_.scoring = *rule;
            else
                context_.invalidValue(scoring, record_, "\"all-or-nothing\" or \"partial\"");
        }
        if (caseSensitive && !parseBool(context_.attributeValue(caseSensitive), q_.caseSensitive))
            context_.invalidValue(caseSensitive, record_, kTrueOrFalse);
        if (q_.type == QuestionType::TrueFalse) {
            if (!answer)
                context_.missingAttribute(element_, record_, "answer");
            else if (!parseBool(context_.attributeValue(answer), q_.answerTrue))
                context_.invalidValue(answer, record_, kTrueOrFalse);
        }
    }

    void readChildren() {
        std::uint32_t seen = 0;  // bit per rank, for elements that may appear once
        int lastRank = -1;
        const char* lastName = "";
        for (pugi::xml_node child = element_.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) {
                context_.misplacedText(child.value(), element_, record_);
                continue;
            }
            const Word word = wordOf(child.name());
            const int rank = questionChildRank(word, q_.type);
            if (rank == kNotAllowed) {
                context_.unknownElement(child, record_,
                                        "in a " + std::string(typeName(q_.type)) + " question");
                continue;
            }
            if (!repeatable(word)) {
                const std::uint32_t bit = 1u << rank;
                if (seen & bit) {
                    context_.duplicateElement(child, record_);
                    continue;
                }
                seen |= bit;
            }
            if (rank < lastRank) {
                context_.misplacedElement(child, record_, lastName);
            } else {
                lastRank = rank;
                lastName = child.name();
            }
            readChild(child, word);
        }
        if (q_.type == QuestionType::ShortAnswer && !(seen & (1u << kOwn)))
            context_.error(q_.pos, "missing-element",
                           record_.label() + "short-answer question has no <reference> answer");
    }

    std::string_view textOf(pugi::xml_node child) {
        context_.rejectAttributes(child, record_);
        return context_.elementText(child, record_);
    }

    void readChild(pugi::xml_node child, Word word) {
        switch (word) {
            case Word::Stem:
                q_.stem = textOf(child);
                break;
            case Word::Image:
                readImage(child);
                break;
            case Word::Option:
                readOption(child);
                break;
            case Word::Item:
                scratch_.choices.push_back({textOf(child), false});
                break;
            case Word::Blank:
                readBlank(child);
                break;
            case Word::Pair:
                readPair(child);
                break;
            case Word::Reference:
                q_.referenceAnswer = textOf(child);
                break;
            case Word::Grading:
                q_.gradingNotes = textOf(child);
                break;
            case Word::Explanation:
                q_.explanation = textOf(child);
                break;
            case Word::Source:
                q_.source = textOf(child);
                break;
            case Word::Tags:
                readList(child, Word::Tag, scratch_.tags);
                break;
            default:
                readList(child, Word::Position, scratch_.positions);
        }
    }

    void readImage(pugi::xml_node image) {
        pugi::xml_attribute src;
        for (pugi::xml_attribute a = image.first_attribute(); a; a = a.next_attribute()) {
            if (wordOf(a.name()) == Word::Src)
                context_.takeAttribute(src, a, record_, image);
            else
                context_.unknownAttribute(a, record_, image);
        }
        if (!src)
            context_.missingAttribute(image, record_, "src");
        else
            scratch_.images.push_back(context_.attributeValue(src));
        rejectContent(image, "the picture's path goes in its src attribute");
    }

    void readOption(pugi::xml_node option) {
        Choice& choice = scratch_.choices.emplace_back();
        for (pugi::xml_attribute a = option.first_attribute(); a; a = a.next_attribute()) {
            if (wordOf(a.name()) != Word::Correct)
                context_.unknownAttribute(a, record_, option);
            else if (!parseBool(context_.attributeValue(a), choice.correct))
                context_.invalidValue(a, record_, kTrueOrFalse);
        }
        choice.text = context_.elementText(option, record_);
    }

    void readBlank(pugi::xml_node blank) {
        Blank& out = scratch_.blanks.emplace_back();
        pugi::xml_attribute number, tolerance;
        for (pugi::xml_attribute a = blank.first_attribute(); a; a = a.next_attribute()) {
            const Word word = wordOf(a.name());
            if (word == Word::Number)
                context_.takeAttribute(number, a, record_, blank);
            else if (word == Word::Tolerance)
                context_.takeAttribute(tolerance, a, record_, blank);
            else
                context_.unknownAttribute(a, record_, blank);
        }
        double value = 0.0;
        if (number) {
            if (parseFinite(context_.attributeValue(number), value))
                out.number = value;
            else
                context_.invalidValue(number, record_, "a decimal number");
        }
        if (tolerance) {
            if (!parseFinite(context_.attributeValue(tolerance), value) || value < 0.0)
                context_.invalidValue(tolerance, record_, "a decimal number of 0 or more");
            else if (!number)
                context_.invalidValue(tolerance, record_,
                                      "given only together with a number attribute");
            else
                out.tolerance = value;
        }
        context_.rejectEmbeddedText(blank, record_, "put each accepted answer in an <accept>");
        scratch_.accepted.clear();
        for (pugi::xml_node child = blank.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) {
                context_.misplacedText(child.value(), blank, record_);
            } else if (wordOf(child.name()) != Word::Accept) {
                context_.unknownElement(child, record_, "in <blank>; use <accept>");
            } else {
                scratch_.accepted.push_back(textOf(child));
            }
        }
        out.accepted.assign(scratch_.accepted.begin(), scratch_.accepted.end());
    }

    void readPair(pugi::xml_node pair) {
        MatchPair& out = scratch_.pairs.emplace_back();
        context_.rejectAttributes(pair, record_);
        context_.rejectEmbeddedText(pair, record_);
        bool prompt = false;
        bool answer = false;
        for (pugi::xml_node child = pair.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) {
                context_.misplacedText(child.value(), pair, record_);
                continue;
            }
            const Word word = wordOf(child.name());
            if (word != Word::Prompt && word != Word::Answer) {
                context_.unknownElement(child, record_, "in <pair>; use <prompt> and <answer>");
            } else if ((word == Word::Prompt && prompt) || (word == Word::Answer && answer)) {
                context_.duplicateElement(child, record_);
            } else if (word == Word::Prompt) {
                if (answer) context_.misplacedElement(child, record_, "answer");
                out.prompt = textOf(child);
                prompt = true;
            } else {
                out.answer = textOf(child);
                answer = true;
            }
        }
        if (prompt && answer) return;
        const SourcePos pos = context_.startTagOf(pair);
        if (!prompt)
            context_.error(pos, "missing-element", record_.label() + "<pair> has no <prompt>");
        if (!answer)
            context_.error(pos, "missing-element", record_.label() + "<pair> has no <answer>");
    }

    void readList(pugi::xml_node list, Word itemWord, std::vector<std::string_view>& out) {
        context_.rejectAttributes(list, record_);
        context_.rejectEmbeddedText(list, record_);
        const std::string_view itemName = itemWord == Word::Tag ? "tag" : "position";
        for (pugi::xml_node child = list.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                context_.misplacedText(child.value(), list, record_);
            else if (wordOf(child.name()) != itemWord)
                context_.unknownElement(
                    child, record_,
                    "in <" + std::string(list.name()) + ">; use <" + std::string(itemName) + ">");
            else
                out.push_back(textOf(child));
        }
    }

    // An element that carries only attributes.
    void rejectContent(pugi::xml_node element, std::string_view hint) {
        context_.rejectEmbeddedText(element, record_, hint);
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_element)
                context_.unknownElement(child, record_, "in <" + std::string(element.name()) + ">");
            else
                context_.misplacedText(child.value(), element, record_, hint);
        }
    }

    pugi::xml_node element_;
    Record record_;
    ReaderContext& context_;
    Scratch& scratch_;
    Question& q_;
};

}  // namespace

void readQuestion(pugi::xml_node element, QuestionType type, std::size_t ordinal,
                  ReaderContext& context, Question& q) {
    QuestionReader(element, type, ordinal, context, q).read();
}

}  // namespace tqm::bank::reader
