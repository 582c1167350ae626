#include <stdexcept>

#include <catch2/catch.hpp>

#include "exam/scoring.h"
#include "paper_samples.h"

using namespace tqm::exam;
using namespace tqm::exam::testing;
using tqm::bank::MultipleChoiceScoring;
using tqm::bank::QuestionType;

namespace {

QuestionScore scored(Centipoints earned, Centipoints max, ScoreStatus status) {
    return {earned, max, status};
}

PaperQuestion multipleChoice(MultipleChoiceScoring rule) {
    // A, C, D correct; B, E wrong; 2 points.
    PaperQuestion q =
        choiceQuestion(QuestionType::MultipleChoice, {true, false, true, true, false}, 200);
    q.choiceScoring = rule;
    return q;
}

}  // namespace

TEST_CASE("a single-choice question earns full points for the correct option only") {
    const PaperQuestion q = choiceQuestion(QuestionType::SingleChoice, {false, true, false}, 150);
    CHECK(score(q, ChoiceAnswer{{1}}) == scored(150, 150, ScoreStatus::Correct));
    CHECK(score(q, ChoiceAnswer{{2}}) == scored(0, 150, ScoreStatus::Wrong));
    CHECK(score(q, NoAnswer{}) == scored(0, 150, ScoreStatus::Unanswered));
    CHECK(score(q, ChoiceAnswer{}) == scored(0, 150, ScoreStatus::Unanswered));
}

TEST_CASE("a true/false question earns full points for the matching value") {
    CHECK(score(trueFalseQuestion(true), TrueFalseAnswer{true}) ==
          scored(100, 100, ScoreStatus::Correct));
    CHECK(score(trueFalseQuestion(true), TrueFalseAnswer{false}) ==
          scored(0, 100, ScoreStatus::Wrong));
    CHECK(score(trueFalseQuestion(false), TrueFalseAnswer{false}) ==
          scored(100, 100, ScoreStatus::Correct));
    CHECK(score(trueFalseQuestion(false), NoAnswer{}) == scored(0, 100, ScoreStatus::Unanswered));
}

TEST_CASE("an all-or-nothing multiple-choice question earns points only for the exact set") {
    const PaperQuestion q = multipleChoice(MultipleChoiceScoring::AllOrNothing);
    CHECK(score(q, ChoiceAnswer{{0, 2, 3}}) == scored(200, 200, ScoreStatus::Correct));
    CHECK(score(q, ChoiceAnswer{{0, 2}}) == scored(0, 200, ScoreStatus::Wrong));
    CHECK(score(q, ChoiceAnswer{{0, 1, 2, 3}}) == scored(0, 200, ScoreStatus::Wrong));
    CHECK(score(q, ChoiceAnswer{}) == scored(0, 200, ScoreStatus::Unanswered));
}

TEST_CASE(
    "a partial multiple-choice question pays each correct option and nothing for a wrong one") {
    // 少选得部分分，错选不得分: 2 points over 3 correct options = 0.66 each, the last 0.68.
    const PaperQuestion q = multipleChoice(MultipleChoiceScoring::Partial);
    CHECK(score(q, ChoiceAnswer{{0, 2, 3}}) == scored(200, 200, ScoreStatus::Correct));
    CHECK(score(q, ChoiceAnswer{{0, 3}}) == scored(132, 200, ScoreStatus::PartiallyCorrect));
    CHECK(score(q, ChoiceAnswer{{2}}) == scored(66, 200, ScoreStatus::PartiallyCorrect));
    CHECK(score(q, ChoiceAnswer{{0, 2, 4}}) == scored(0, 200, ScoreStatus::Wrong));
    CHECK(score(q, ChoiceAnswer{{1}}) == scored(0, 200, ScoreStatus::Wrong));
    CHECK(score(q, ChoiceAnswer{}) == scored(0, 200, ScoreStatus::Unanswered));
}

TEST_CASE("the partial rule does not apply to a single-choice question") {
    PaperQuestion q = choiceQuestion(QuestionType::SingleChoice, {true, false}, 100);
    q.choiceScoring = MultipleChoiceScoring::Partial;
    CHECK(score(q, ChoiceAnswer{{0}}) == scored(100, 100, ScoreStatus::Correct));
    CHECK(score(q, ChoiceAnswer{{1}}) == scored(0, 100, ScoreStatus::Wrong));
}

TEST_CASE("a fill-in-the-blank question pays each blank matched after normalisation") {
    PaperQuestion q = blankQuestion(3, 200);
    q.blanks[0].accepted = {"PDCA", "戴明环"};
    q.blanks[1].accepted = {"全员参与"};
    q.blanks[2].number = 1.33;
    q.blanks[2].tolerance = 0.01;
    SECTION("full width, spaces and case are folded") {
        CHECK(score(q, BlankAnswer{{"ｐｄｃａ", " 全员参与 ", "1.34"}}) ==
              scored(200, 200, ScoreStatus::Correct));
    }
    SECTION("each right blank earns a third, rounded down, the last the remainder") {
        CHECK(score(q, BlankAnswer{{"戴明环", "全员", "1.5"}}) ==
              scored(66, 200, ScoreStatus::PartiallyCorrect));
        CHECK(score(q, BlankAnswer{{"PDCA", "", "１．３２"}}) ==
              scored(132, 200, ScoreStatus::PartiallyCorrect));
    }
    SECTION("no blank right is wrong; all blanks empty is unanswered") {
        CHECK(score(q, BlankAnswer{{"PDSA", "", ""}}) == scored(0, 200, ScoreStatus::Wrong));
        CHECK(score(q, BlankAnswer{{"", " ", ""}}) == scored(0, 200, ScoreStatus::Unanswered));
    }
    SECTION("a case-sensitive question keeps letter case") {
        q.caseSensitive = true;
        CHECK(score(q, BlankAnswer{{"pdca", "全员参与", "1.33"}}) ==
              scored(132, 200, ScoreStatus::PartiallyCorrect));
    }
}

TEST_CASE("an all-or-nothing ordering question needs the whole order") {
    const PaperQuestion q = orderingQuestion(OrderingScoring::AllOrNothing);
    CHECK(score(q, OrderAnswer{{2, 0, 3, 1}}) == scored(400, 400, ScoreStatus::Correct));
    CHECK(score(q, OrderAnswer{{2, 0, 1, 3}}) == scored(0, 400, ScoreStatus::Wrong));
    CHECK(score(q, NoAnswer{}) == scored(0, 400, ScoreStatus::Unanswered));
}

TEST_CASE("a per-position ordering question pays each item in its right place") {
    // 4 points over 4 items: 1 point per item in place.
    const PaperQuestion q = orderingQuestion(OrderingScoring::PerPosition);
    CHECK(score(q, OrderAnswer{{2, 0, 3, 1}}) == scored(400, 400, ScoreStatus::Correct));
    CHECK(score(q, OrderAnswer{{2, 0, 1, 3}}) == scored(200, 400, ScoreStatus::PartiallyCorrect));
    CHECK(score(q, OrderAnswer{{2, 1, 0, 3}}) == scored(100, 400, ScoreStatus::PartiallyCorrect));
    CHECK(score(q, OrderAnswer{{0, 1, 2, 3}}) == scored(0, 400, ScoreStatus::Wrong));
}

TEST_CASE("a matching question pays each prompt matched to the right answer") {
    // 3 points over 3 prompts: 1 point each; the right answers are 2, 1, 4.
    const PaperQuestion q = matchingQuestion();
    CHECK(score(q, MatchAnswer{{1, 0, 3}}) == scored(300, 300, ScoreStatus::Correct));
    CHECK(score(q, MatchAnswer{{1, 2, std::nullopt}}) ==
          scored(100, 300, ScoreStatus::PartiallyCorrect));
    CHECK(score(q, MatchAnswer{{0, 1, 2}}) == scored(0, 300, ScoreStatus::Wrong));
    CHECK(score(q, MatchAnswer{{std::nullopt, std::nullopt, std::nullopt}}) ==
          scored(0, 300, ScoreStatus::Unanswered));
}

TEST_CASE("a matching answer with the same text as the key is right") {
    PaperQuestion q = matchingQuestion();
    q.matchAnswers = {"找原因", "找原因", "看分布", "判稳定"};  // prompts A and B share a text
    q.matchKey = {0, 1, 3};
    CHECK(score(q, MatchAnswer{{1, 0, 3}}) == scored(300, 300, ScoreStatus::Correct));
}

TEST_CASE("an essay is pending until a person marks it") {
    const PaperQuestion q = essayQuestion(1000);
    CHECK(score(q, EssayAnswer{"质量是设计出来的"}) == scored(0, 1000, ScoreStatus::Pending));
    CHECK(score(q, EssayAnswer{" \n "}) == scored(0, 1000, ScoreStatus::Unanswered));
    CHECK(markEssay(q, 750).score == scored(750, 1000, ScoreStatus::PartiallyCorrect));
    CHECK(markEssay(q, 1000).score == scored(1000, 1000, ScoreStatus::Correct));
    CHECK(markEssay(q, 0).score == scored(0, 1000, ScoreStatus::Wrong));
}

TEST_CASE("an essay mark outside zero to the maximum is rejected") {
    const PaperQuestion q = essayQuestion(1000);
    const MarkResult above = markEssay(q, 1050);
    CHECK_FALSE(above.score.has_value());
    CHECK(above.error == "a mark of 10.5 is outside 0 to 10 for q-essay");
    CHECK(markEssay(q, -1).error == "a mark of -0.01 is outside 0 to 10 for q-essay");
    CHECK(markEssay(trueFalseQuestion(true), 100).error ==
          "q-tf is not a short-answer question: only essays take a mark");
}

TEST_CASE("an answer of the wrong kind for the question is a bug") {
    CHECK_THROWS_WITH(score(trueFalseQuestion(true), ChoiceAnswer{{0}}),
                      "the answer to q-tf does not fit a true-false question");
}

TEST_CASE("a paper totals by category and passes at the pass mark") {
    const std::vector<PaperQuestion> questions = {
        choiceQuestion(QuestionType::SingleChoice, {true, false}, 200),  // basics
        orderingQuestion(OrderingScoring::PerPosition),                  // tools
        blankQuestion(3, 200),                                           // basics
        matchingQuestion(),                                              // tools
    };
    const std::vector<QuestionScore> scores = {
        scored(200, 200, ScoreStatus::Correct), scored(200, 400, ScoreStatus::PartiallyCorrect),
        scored(132, 200, ScoreStatus::PartiallyCorrect), scored(0, 300, ScoreStatus::Wrong)};
    const PaperScore paper = scorePaper(questions, scores, 532);
    CHECK(paper.earned == 532);
    CHECK(paper.max == 1100);
    CHECK_FALSE(paper.pending);
    CHECK(paper.verdict == Verdict::Pass);
    CHECK(paper.categories ==
          std::vector<CategorySubtotal>{{"basics", 332, 400, 2, 0}, {"tools", 200, 700, 2, 0}});
    CHECK(scorePaper(questions, scores, 533).verdict == Verdict::Fail);
}

TEST_CASE("an unmarked essay makes the total and the verdict pending") {
    const std::vector<PaperQuestion> questions = {trueFalseQuestion(true), essayQuestion(1000)};
    const std::vector<QuestionScore> scores = {scored(100, 100, ScoreStatus::Correct),
                                               scored(0, 1000, ScoreStatus::Pending)};
    const PaperScore paper = scorePaper(questions, scores, 600);
    CHECK(paper.earned == 100);
    CHECK(paper.max == 1100);
    CHECK(paper.pending);
    CHECK(paper.verdict == Verdict::Pending);
    CHECK(paper.categories ==
          std::vector<CategorySubtotal>{{"basics", 100, 100, 1, 0}, {"practice", 0, 1000, 1, 1}});

    const std::vector<QuestionScore> marked = {scores[0], *markEssay(questions[1], 500).score};
    const PaperScore after = scorePaper(questions, marked, 600);
    CHECK(after.earned == 600);
    CHECK_FALSE(after.pending);
    CHECK(after.verdict == Verdict::Pass);
}

TEST_CASE("a competition ranks by score, then less time used, then earlier submission") {
    using std::chrono::milliseconds;
    using Time = std::chrono::sys_time<milliseconds>;
    const auto at = [](long long ms) { return Time{milliseconds{ms}}; };
    const std::vector<Entrant> entrants = {
        {"1001", 9000, milliseconds{600'000}, at(5'000)},  // 0
        {"1002", 9500, milliseconds{900'000}, at(9'000)},  // 1: best score
        {"1003", 9000, milliseconds{540'000}, at(7'000)},  // 2: less time than 0
        {"1004", 9000, milliseconds{600'000}, at(4'000)},  // 3: same time as 0, earlier
        {"1005", 7000, milliseconds{100'000}, at(1'000)},  // 4
        {"1006", 9000, milliseconds{600'000}, at(5'000)},  // 5: equal to 0 on every key
    };
    CHECK(rankEntrants(entrants) ==
          std::vector<Placing>{{1, 1}, {2, 2}, {3, 3}, {0, 4}, {5, 4}, {4, 6}});
    CHECK(rankEntrants(std::span<const Entrant>{}).empty());
}
