// A question frozen as it was shown on a paper. It owns its text, so a past attempt keeps its
// exact wording, option order, key and points after the bank is edited or deleted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question.h"
#include "exam/paper_image.h"
#include "exam/points.h"

namespace tqm::exam {

enum class OrderingScoring : std::uint8_t {
    AllOrNothing,  // full points only for the whole order right
    PerPosition,   // each item in its right place earns points / items
};

struct PaperOption {
    std::string text;
    bool correct = false;  // single and multiple choice only
};

struct PaperBlank {
    std::vector<std::string> accepted;
    std::optional<double> number;
    double tolerance = 0.0;
};

struct PaperQuestion {
    std::string bankId;
    std::string questionId;
    bank::QuestionType type = bank::QuestionType::SingleChoice;
    std::string category;
    std::string stem;
    std::vector<PaperImage> images;  // shown under the stem, in the bank's order

    // Choices, or the items of an ordering question, in the order the learner saw them.
    std::vector<PaperOption> options;
    // Ordering: the shown indexes of the items, in the correct order.
    std::vector<std::size_t> correctOrder;

    bool answerTrue = false;
    std::vector<PaperBlank> blanks;
    bool caseSensitive = false;

    // Matching, both columns in shown order; matchKey[i] is the index in matchAnswers that
    // belongs to matchPrompts[i].
    std::vector<std::string> matchPrompts;
    std::vector<std::string> matchAnswers;
    std::vector<std::size_t> matchKey;

    std::string referenceAnswer;  // short answer: for the marker
    std::string gradingNotes;

    Centipoints points = 0;
    bank::MultipleChoiceScoring choiceScoring = bank::MultipleChoiceScoring::AllOrNothing;
    OrderingScoring orderingScoring = OrderingScoring::AllOrNothing;
    std::string explanation;
};

// The order in which paper assembly decided to show a question's parts. Each list holds
// authored indexes in shown order; an empty list keeps the authored order.
struct ShownOrder {
    std::vector<std::size_t> options;  // choices, ordering items, or matching answers
    std::vector<std::size_t> prompts;  // matching: indexes of the bank's pairs
};

// The scoring rules that apply to the question on this paper: for multiple choice, the bank's
// rule for it (bank::Bank::scoringFor); for ordering, the exam's choice.
struct FreezeRules {
    bank::MultipleChoiceScoring choiceScoring = bank::MultipleChoiceScoring::AllOrNothing;
    OrderingScoring orderingScoring = OrderingScoring::AllOrNothing;
};

// Copies `question` into owned storage in the shown order. A list in `shown` that is not a
// permutation of the authored indexes is a bug in paper assembly: std::invalid_argument.
// Matching pairs with an empty prompt are extra answers (distractors) and show no prompt.
// Images are resolved against `bankFolder` and hashed (paper_image.h); without a folder they keep
// the bank's relative paths and no digest.
PaperQuestion freezeQuestion(std::string_view bankId, const bank::Question& question,
                             const ShownOrder& shown, const FreezeRules& rules,
                             const std::filesystem::path& bankFolder = {});

}  // namespace tqm::exam
