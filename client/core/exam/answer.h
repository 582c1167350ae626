// A learner's answer to one question on a paper, and its one-line text form used by answer
// files (`tqm exam take --answers FILE`, one "SEQ ANSWER" line per question):
//
//   single/multiple choice  option letters in any order: "B", "AC" (lower case, full width,
//                           spaces and commas are accepted; written upper case, sorted)
//   true/false              "T" or "F"; also 对/错, √/×, t/f
//   fill-in-the-blank       one text per blank, separated by "|": "PDCA|戴明"
//   ordering                every item letter once, in the chosen order: "CABD"
//   matching                prompt letter = answer number: "A=2,B=1,C=3"; prompts left out are
//                           unanswered
//   short answer (essay)    the text itself
//
// Texts (blanks, essays) escape "\" as "\\", a new line as "\n", a carriage return as "\r", a tab
// as "\t", and inside blanks "|" as "\|". An answer of nothing but spaces is no answer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "exam/paper_question.h"

namespace tqm::exam {

struct NoAnswer {
    bool operator==(const NoAnswer&) const = default;
};
struct ChoiceAnswer {
    std::vector<std::size_t> chosen;  // shown option indexes, ascending, each once
    bool operator==(const ChoiceAnswer&) const = default;
};
struct TrueFalseAnswer {
    bool value = false;
    bool operator==(const TrueFalseAnswer&) const = default;
};
struct BlankAnswer {
    std::vector<std::string> texts;  // one per blank, in stem order
    bool operator==(const BlankAnswer&) const = default;
};
struct OrderAnswer {
    std::vector<std::size_t> order;  // shown item indexes, first to last
    bool operator==(const OrderAnswer&) const = default;
};
struct MatchAnswer {
    std::vector<std::optional<std::size_t>> chosen;  // per shown prompt: a shown answer index
    bool operator==(const MatchAnswer&) const = default;
};
struct EssayAnswer {
    std::string text;
    bool operator==(const EssayAnswer&) const = default;
};

using Answer = std::variant<NoAnswer, ChoiceAnswer, TrueFalseAnswer, BlankAnswer, OrderAnswer,
                            MatchAnswer, EssayAnswer>;

struct AnswerError {
    std::size_t offset = 0;  // byte offset in the answer text of the part that is wrong
    std::string message;
    bool operator==(const AnswerError&) const = default;
};

struct ParsedAnswer {
    Answer answer;                    // NoAnswer when there are errors
    std::vector<AnswerError> errors;  // every problem found, in text order
    bool ok() const { return errors.empty(); }
};

// Reads the text form of an answer to `question` (its type, option count, blank count and
// matching columns decide what is valid).
ParsedAnswer parseAnswer(const PaperQuestion& question, std::string_view text);

// The text form parseAnswer reads back to an equal answer.
std::string formatAnswer(const Answer& answer);

// "A" for 0, "B" for 1, ... as options are labelled on a paper.
std::string optionLetter(std::size_t index);

}  // namespace tqm::exam
