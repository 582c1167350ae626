#include "exam/scoring.h"

#include <array>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <tuple>

#include "bank/answer_matching.h"

namespace tqm::exam {

namespace {

using bank::QuestionType;

// The score of an answer split into `parts`, `right` of them right.
QuestionScore byParts(const PaperQuestion& q, std::size_t right, std::size_t parts) {
    QuestionScore s{shareOf(q.points, right, parts), q.points, ScoreStatus::Wrong};
    if (parts > 0 && right >= parts) {
        s.status = ScoreStatus::Correct;
    } else if (s.earned > 0) {
        s.status = ScoreStatus::PartiallyCorrect;
    }
    return s;
}

QuestionScore allOrNothing(const PaperQuestion& q, bool right) {
    return byParts(q, right ? 1 : 0, 1);
}

QuestionScore unanswered(const PaperQuestion& q) {
    return {0, q.points, ScoreStatus::Unanswered};
}

[[noreturn]] void mismatch(const PaperQuestion& q) {
    throw std::invalid_argument("the answer to " + q.questionId + " does not fit a " +
                                std::string(bank::typeName(q.type)) + " question");
}

QuestionScore scoreChoices(const PaperQuestion& q, const ChoiceAnswer& a) {
    if (a.chosen.empty()) return unanswered(q);
    std::size_t correctOptions = 0;
    for (const PaperOption& option : q.options) correctOptions += option.correct ? 1 : 0;
    std::size_t rightChosen = 0;
    bool wrongChosen = false;
    for (std::size_t index : a.chosen) {
        const bool right = index < q.options.size() && q.options[index].correct;
        rightChosen += right ? 1 : 0;
        wrongChosen = wrongChosen || !right;
    }
    if (wrongChosen) return byParts(q, 0, 1);
    if (q.type == QuestionType::MultipleChoice &&
        q.choiceScoring == bank::MultipleChoiceScoring::Partial) {
        return byParts(q, rightChosen, correctOptions);
    }
    return allOrNothing(q, rightChosen == correctOptions);
}

QuestionScore scoreBlanks(const PaperQuestion& q, const BlankAnswer& a) {
    const bool empty = std::all_of(a.texts.begin(), a.texts.end(), [](const std::string& t) {
        return t.find_first_not_of(" \t") == std::string::npos;
    });
    if (empty) return unanswered(q);
    std::size_t right = 0;
    for (std::size_t i = 0; i < q.blanks.size() && i < a.texts.size(); ++i) {
        const PaperBlank& frozen = q.blanks[i];
        bank::Blank blank;
        blank.accepted.assign(frozen.accepted.begin(), frozen.accepted.end());
        blank.number = frozen.number;
        blank.tolerance = frozen.tolerance;
        right += bank::blankAccepts(blank, a.texts[i], q.caseSensitive) ? 1 : 0;
    }
    return byParts(q, right, q.blanks.size());
}

QuestionScore scoreOrder(const PaperQuestion& q, const OrderAnswer& a) {
    if (a.order.empty()) return unanswered(q);
    std::size_t inPlace = 0;
    for (std::size_t k = 0; k < q.correctOrder.size() && k < a.order.size(); ++k) {
        inPlace += a.order[k] == q.correctOrder[k] ? 1 : 0;
    }
    if (q.orderingScoring == OrderingScoring::PerPosition) {
        return byParts(q, inPlace, q.correctOrder.size());
    }
    return allOrNothing(q, inPlace == q.correctOrder.size() && a.order.size() == inPlace);
}

// Two answers with the same text are interchangeable, so a match is judged by text.
QuestionScore scoreMatching(const PaperQuestion& q, const MatchAnswer& a) {
    const bool empty =
        std::none_of(a.chosen.begin(), a.chosen.end(), [](const auto& c) { return c.has_value(); });
    if (empty) return unanswered(q);
    std::size_t right = 0;
    for (std::size_t i = 0; i < q.matchPrompts.size() && i < a.chosen.size(); ++i) {
        const std::optional<std::size_t> chosen = a.chosen[i];
        right += chosen && *chosen < q.matchAnswers.size() &&
                         q.matchAnswers[*chosen] == q.matchAnswers[q.matchKey[i]]
                     ? 1
                     : 0;
    }
    return byParts(q, right, q.matchPrompts.size());
}

QuestionScore scoreEssay(const PaperQuestion& q, const EssayAnswer& a) {
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) return unanswered(q);
    return {0, q.points, ScoreStatus::Pending};
}

}  // namespace

QuestionScore score(const PaperQuestion& q, const Answer& answer) {
    if (std::holds_alternative<NoAnswer>(answer)) return unanswered(q);
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            if (const auto* a = std::get_if<ChoiceAnswer>(&answer)) return scoreChoices(q, *a);
            break;
        case QuestionType::TrueFalse:
            if (const auto* a = std::get_if<TrueFalseAnswer>(&answer)) {
                return allOrNothing(q, a->value == q.answerTrue);
            }
            break;
        case QuestionType::FillBlank:
            if (const auto* a = std::get_if<BlankAnswer>(&answer)) return scoreBlanks(q, *a);
            break;
        case QuestionType::Ordering:
            if (const auto* a = std::get_if<OrderAnswer>(&answer)) return scoreOrder(q, *a);
            break;
        case QuestionType::Matching:
            if (const auto* a = std::get_if<MatchAnswer>(&answer)) return scoreMatching(q, *a);
            break;
        case QuestionType::ShortAnswer:
            if (const auto* a = std::get_if<EssayAnswer>(&answer)) return scoreEssay(q, *a);
            break;
    }
    mismatch(q);
}

MarkResult markEssay(const PaperQuestion& q, Centipoints mark) {
    MarkResult result;
    if (q.type != QuestionType::ShortAnswer) {
        result.error = q.questionId + " is not a short-answer question: only essays take a mark";
    } else if (mark < 0 || mark > q.points) {
        result.error = "a mark of " + formatPoints(mark) + " is outside 0 to " +
                       formatPoints(q.points) + " for " + q.questionId;
    } else {
        result.score = byParts(q, mark == q.points ? 1 : 0, 1);
        result.score->earned = mark;
        if (mark > 0 && mark < q.points) result.score->status = ScoreStatus::PartiallyCorrect;
    }
    return result;
}

PaperScore scorePaper(std::span<const PaperQuestion> questions,
                      std::span<const QuestionScore> scores, Centipoints passMark) {
    if (questions.size() != scores.size()) {
        throw std::invalid_argument("a paper's scores do not match its questions one to one");
    }
    PaperScore paper;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        auto subtotal = std::find_if(
            paper.categories.begin(), paper.categories.end(),
            [&](const CategorySubtotal& c) { return c.category == questions[i].category; });
        if (subtotal == paper.categories.end()) {
            paper.categories.push_back({questions[i].category, 0, 0, 0, 0});
            subtotal = std::prev(paper.categories.end());
        }
        const bool pending = scores[i].status == ScoreStatus::Pending;
        subtotal->earned += scores[i].earned;
        subtotal->max += scores[i].max;
        subtotal->questions += 1;
        subtotal->pending += pending ? 1 : 0;
        paper.earned += scores[i].earned;
        paper.max += scores[i].max;
        paper.pending = paper.pending || pending;
    }
    if (!paper.pending) paper.verdict = paper.earned >= passMark ? Verdict::Pass : Verdict::Fail;
    return paper;
}

std::vector<Placing> rankEntrants(std::span<const Entrant> entrants) {
    std::vector<std::size_t> order(entrants.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto key = [&](std::size_t i) {
        const Entrant& e = entrants[i];
        return std::tuple(-e.score, e.timeUsed, e.submittedAt);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::vector<Placing> placings;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const bool tied = k > 0 && key(order[k]) == key(order[k - 1]);
        placings.push_back({order[k], tied ? placings.back().rank : k + 1});
    }
    return placings;
}

namespace {

constexpr std::array kStatusNames{std::string_view("correct"),
                                  std::string_view("partially-correct"), std::string_view("wrong"),
                                  std::string_view("unanswered"), std::string_view("pending")};
constexpr std::array kVerdictNames{std::string_view("pass"), std::string_view("fail"),
                                   std::string_view("pending")};

}  // namespace

std::string_view statusName(ScoreStatus status) {
    return kStatusNames[static_cast<std::size_t>(status)];
}

std::optional<ScoreStatus> statusFromName(std::string_view name) {
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (kStatusNames[i] == name) return static_cast<ScoreStatus>(i);
    return std::nullopt;
}

std::string_view verdictName(Verdict verdict) {
    return kVerdictNames[static_cast<std::size_t>(verdict)];
}

std::optional<Verdict> verdictFromName(std::string_view name) {
    for (std::size_t i = 0; i < kVerdictNames.size(); ++i)
        if (kVerdictNames[i] == name) return static_cast<Verdict>(i);
    return std::nullopt;
}

}  // namespace tqm::exam
