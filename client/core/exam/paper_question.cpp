#include "exam/paper_question.h"

#include <stdexcept>

namespace tqm::exam {

namespace {

// The shown order as authored indexes; checks that it is a permutation of 0..count-1.
std::vector<std::size_t> checkedOrder(const std::vector<std::size_t>& order, std::size_t count,
                                      std::string_view what) {
    if (order.empty()) {
        std::vector<std::size_t> identity(count);
        for (std::size_t i = 0; i < count; ++i) identity[i] = i;
        return identity;
    }
    std::vector<bool> seen(count, false);
    bool valid = order.size() == count;
    for (std::size_t index : order) {
        if (!valid) break;
        valid = index < count && !seen[index];
        if (valid) seen[index] = true;
    }
    if (!valid) {
        throw std::invalid_argument("the shown order of " + std::string(what) +
                                    " is not a permutation of " + std::to_string(count) +
                                    " indexes");
    }
    return order;
}

// inverse[authored] = shown position.
std::vector<std::size_t> inverseOf(const std::vector<std::size_t>& order) {
    std::vector<std::size_t> inverse(order.size());
    for (std::size_t shownAt = 0; shownAt < order.size(); ++shownAt) {
        inverse[order[shownAt]] = shownAt;
    }
    return inverse;
}

void freezeOptions(PaperQuestion& paper, const bank::Question& question, const ShownOrder& shown) {
    const std::vector<std::size_t> order =
        checkedOrder(shown.options, question.choices.size(), "options");
    for (std::size_t authored : order) {
        const bank::Choice& choice = question.choices[authored];
        const bool ordering = question.type == bank::QuestionType::Ordering;
        paper.options.push_back({std::string(choice.text), !ordering && choice.correct});
    }
    // An ordering question's authored order is the correct order.
    if (question.type == bank::QuestionType::Ordering) paper.correctOrder = inverseOf(order);
}

void freezeMatching(PaperQuestion& paper, const bank::Question& question, const ShownOrder& shown) {
    const std::size_t count = question.pairs.size();
    const std::vector<std::size_t> answerOrder = checkedOrder(shown.options, count, "answers");
    const std::vector<std::size_t> promptOrder = checkedOrder(shown.prompts, count, "prompts");
    const std::vector<std::size_t> answerShownAt = inverseOf(answerOrder);
    for (std::size_t authored : answerOrder) {
        paper.matchAnswers.emplace_back(question.pairs[authored].answer);
    }
    for (std::size_t authored : promptOrder) {
        const bank::MatchPair& pair = question.pairs[authored];
        if (pair.prompt.empty()) continue;
        paper.matchPrompts.emplace_back(pair.prompt);
        paper.matchKey.push_back(answerShownAt[authored]);
    }
}

}  // namespace

PaperQuestion freezeQuestion(std::string_view bankId, const bank::Question& question,
                             const ShownOrder& shown, const FreezeRules& rules,
                             const std::filesystem::path& bankFolder) {
    PaperQuestion paper;
    paper.bankId = bankId;
    paper.questionId = question.id;
    paper.type = question.type;
    paper.category = question.category;
    paper.stem = question.stem;
    paper.images = freezeImages(question, bankFolder);
    paper.answerTrue = question.answerTrue;
    paper.caseSensitive = question.caseSensitive;
    paper.referenceAnswer = question.referenceAnswer;
    paper.gradingNotes = question.gradingNotes;
    paper.points = toCentipoints(question.points);
    paper.choiceScoring = rules.choiceScoring;
    paper.orderingScoring = rules.orderingScoring;
    paper.explanation = question.explanation;

    switch (question.type) {
        case bank::QuestionType::SingleChoice:
        case bank::QuestionType::MultipleChoice:
        case bank::QuestionType::Ordering:
            freezeOptions(paper, question, shown);
            break;
        case bank::QuestionType::Matching:
            freezeMatching(paper, question, shown);
            break;
        case bank::QuestionType::FillBlank:
            for (const bank::Blank& blank : question.blanks) {
                PaperBlank frozen;
                for (std::string_view accepted : blank.accepted) {
                    frozen.accepted.emplace_back(accepted);
                }
                frozen.number = blank.number;
                frozen.tolerance = blank.tolerance;
                paper.blanks.push_back(std::move(frozen));
            }
            break;
        case bank::QuestionType::TrueFalse:
        case bank::QuestionType::ShortAnswer:
            break;
    }
    return paper;
}

}  // namespace tqm::exam
