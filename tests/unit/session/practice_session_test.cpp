// A practice round: every answer checked at once with the exact score, the correct answer in text
// and readable form and the explanation; wrong answers entering the book, due entries reviewed,
// every checked answer recorded, essays shown but not scored.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "../store/store_test_support.h"
#include "practice_bank.h"
#include "session/practice_session.h"
#include "store/people_repository.h"

using namespace std::chrono_literals;
using tqm::FakeClock;
using tqm::exam::QuestionScore;
using tqm::exam::ReviewState;
using tqm::exam::ScoreStatus;
using tqm::session::PracticeFeedback;
using tqm::session::PracticeOutcome;
using tqm::session::PracticeSession;
using tqm::store::AnswerCounts;
using tqm::store::AnswerStatistics;
using tqm::store::Database;
using tqm::storetest::knownMoment;  // 2026-11-24T10:30:00Z

namespace {

constexpr std::chrono::sys_days day(int month, int dayOfMonth) {
    return std::chrono::sys_days{std::chrono::year{2026} / month / dayOfMonth};
}

struct Fixture {
    FakeClock clock{knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    std::int64_t person = [this] {
        tqm::store::PeopleRepository people(db);
        people.upsert({"E001", "张三", {}, {}, {}});
        return people.findByEmployeeNo("E001")->id;
    }();
    tqm::bank::Bank bank = tqm::session::testing::practiceBank();

    // Every question of the bank in bank order; seed 0 shows the ordering items as
    // 执行 处理 检查 计划 and the matching answers as 找主要问题 判稳定 找原因 (worked out with an
    // independent transcription of the generator).
    PracticeSession everything() {
        const std::vector<tqm::session::CategoryChoice> all{{"basics", true}, {"tools", true}};
        return PracticeSession(db, clock, bank, person,
                               tqm::session::selectByCategories(bank, all, {}).items);
    }

    PracticeFeedback answer(PracticeSession& session, std::size_t index, std::string_view text) {
        auto result = session.answerText(index, text);
        REQUIRE(result.errors.empty());
        return *result.feedback;
    }

    std::vector<std::string> recordedAnswers() {
        SQLite::Statement rows(db.sql(),
                               "SELECT question_id, category, correct, answered_at, origin "
                               "FROM practice_answer ORDER BY id");
        std::vector<std::string> out;
        while (rows.executeStep()) {
            out.push_back(rows.getColumn(0).getString() + " " + rows.getColumn(1).getString() +
                          " " + rows.getColumn(2).getString() + " " +
                          rows.getColumn(3).getString() + " " + rows.getColumn(4).getString());
        }
        return out;
    }

    std::size_t bookSize() {
        return static_cast<std::size_t>(
            db.sql().execAndGet("SELECT count(*) FROM review_book_entry").getInt());
    }
};

enum Q : std::size_t { S1, M1, TF, FB, OR, MA, SA, NUM };

}  // namespace

TEST_CASE(
    "a right single choice scores full points, shows the explanation and stays out of the book") {
    Fixture f;
    PracticeSession session = f.everything();
    const PracticeFeedback feedback = f.answer(session, S1, "a");
    CHECK(feedback.outcome == PracticeOutcome::Recorded);
    CHECK(feedback.score == QuestionScore{100, 100, ScoreStatus::Correct});
    CHECK(feedback.correct);
    CHECK(feedback.correctAnswer == "A");
    CHECK(feedback.correctAnswerReadable == "A. 计划");
    CHECK(feedback.explanation == "P 是 Plan，即计划。");
    CHECK_FALSE(feedback.bookEntry);
    CHECK(f.bookSize() == 0);
    CHECK(f.recordedAnswers() == std::vector<std::string>{"q-s1 basics 1 1795516200000 practice"});
}

TEST_CASE("a partly right multiple choice earns its share, counts as wrong and enters the book") {
    Fixture f;
    PracticeSession session = f.everything();
    const PracticeFeedback feedback = f.answer(session, M1, "A");
    CHECK(feedback.score == QuestionScore{100, 200, ScoreStatus::PartiallyCorrect});
    CHECK_FALSE(feedback.correct);
    CHECK(feedback.correctAnswer == "AB");
    CHECK(feedback.correctAnswerReadable == "A. 找主要问题；B. 体现二八原则");
    REQUIRE(feedback.bookEntry);
    CHECK(feedback.bookEntry->questionId == "q-m1");
    CHECK(feedback.bookEntry->state == ReviewState{0, 1, 250, day(11, 25), true});
    CHECK(f.recordedAnswers() ==
          std::vector<std::string>{"q-m1 tools.pareto 0 1795516200000 practice"});
}

TEST_CASE("true/false, blanks, ordering and matching show their exact correct answers") {
    Fixture f;
    PracticeSession session = f.everything();

    SECTION("true/false") {
        const PracticeFeedback wrong = f.answer(session, TF, "错");
        CHECK(wrong.score == QuestionScore{0, 100, ScoreStatus::Wrong});
        CHECK(wrong.correctAnswer == "T");
        CHECK(wrong.correctAnswerReadable == "对");
    }
    SECTION("fill-in-the-blank with alternatives") {
        const PracticeFeedback right = f.answer(session, FB, "鱼骨|石川");
        CHECK(right.score == QuestionScore{200, 200, ScoreStatus::Correct});
        CHECK(right.correctAnswer == "鱼刺|石川");
        CHECK(right.correctAnswerReadable == "(1) 鱼刺 / 鱼骨；(2) 石川");
        const PracticeFeedback half = f.answer(session, FB, "鱼刺|戴明");
        CHECK(half.score == QuestionScore{100, 200, ScoreStatus::PartiallyCorrect});
    }
    SECTION("a numeric blank") {
        const PracticeFeedback right = f.answer(session, NUM, "3.45");
        CHECK(right.score == QuestionScore{100, 100, ScoreStatus::Correct});
        CHECK(right.correctAnswer == "3.4");
        CHECK(right.correctAnswerReadable == "3.4 ± 0.1");
    }
    SECTION("ordering, its items shuffled so the shown order does not give the key away") {
        const auto& shown = session.question(OR).options;
        REQUIRE(shown.size() == 4);
        CHECK(shown[0].text == "执行");
        CHECK(shown[1].text == "处理");
        CHECK(shown[2].text == "检查");
        CHECK(shown[3].text == "计划");
        const PracticeFeedback wrong = f.answer(session, OR, "ABCD");
        CHECK(wrong.score == QuestionScore{0, 400, ScoreStatus::Wrong});
        CHECK(wrong.correctAnswer == "DACB");
        CHECK(wrong.correctAnswerReadable == "D. 计划 → A. 执行 → C. 检查 → B. 处理");
        CHECK(f.answer(session, OR, "DACB").score == QuestionScore{400, 400, ScoreStatus::Correct});
    }
    SECTION("matching, its answers shuffled") {
        CHECK(session.question(MA).matchAnswers ==
              std::vector<std::string>{"找主要问题", "判稳定", "找原因"});
        const PracticeFeedback partly = f.answer(session, MA, "A=1,B=2,C=3");
        CHECK(partly.score == QuestionScore{100, 300, ScoreStatus::PartiallyCorrect});
        CHECK(partly.correctAnswer == "A=1,B=3,C=2");
        CHECK(partly.correctAnswerReadable ==
              "A. 排列图 — 1. 找主要问题；B. 因果图 — 3. 找原因；C. 控制图 — 2. 判稳定");
        CHECK(partly.explanation == "三种常用工具。");
    }
}

TEST_CASE("an essay shows its reference answer and grading notes and is neither scored nor kept") {
    Fixture f;
    PracticeSession session = f.everything();
    const PracticeFeedback feedback = f.answer(session, SA, "组织要适应变化");
    CHECK(feedback.outcome == PracticeOutcome::Unscored);
    CHECK(feedback.score == QuestionScore{0, 100, ScoreStatus::Pending});
    CHECK(feedback.referenceAnswer == "持续改进使组织适应变化。");
    CHECK(feedback.gradingNotes == "提到适应变化得满分。");
    CHECK(feedback.correctAnswerReadable == "持续改进使组织适应变化。");
    CHECK_FALSE(feedback.bookEntry);
    CHECK(f.recordedAnswers().empty());
    CHECK(f.bookSize() == 0);
}

TEST_CASE("an empty answer is a skip: the answer is shown and nothing is recorded") {
    Fixture f;
    PracticeSession session = f.everything();
    const PracticeFeedback feedback = f.answer(session, S1, "  ");
    CHECK(feedback.outcome == PracticeOutcome::Skipped);
    CHECK(feedback.score == QuestionScore{0, 100, ScoreStatus::Unanswered});
    CHECK(feedback.correctAnswer == "A");
    CHECK(f.recordedAnswers().empty());
    CHECK(f.bookSize() == 0);
}

TEST_CASE("blanks all left empty are a skip, as the blank fields of a screen give them") {
    Fixture f;
    PracticeSession session = f.everything();
    const PracticeFeedback feedback = session.answer(FB, tqm::exam::BlankAnswer{{"", " "}});
    CHECK(feedback.outcome == PracticeOutcome::Skipped);
    CHECK(feedback.score == QuestionScore{0, 200, ScoreStatus::Unanswered});
    CHECK(f.recordedAnswers().empty());
    CHECK(f.bookSize() == 0);
}

TEST_CASE("an answer text that does not parse is returned with its errors and not recorded") {
    Fixture f;
    PracticeSession session = f.everything();
    const auto result = session.answerText(S1, "AZ");
    CHECK_FALSE(result.feedback);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].offset == 1);
    CHECK(f.recordedAnswers().empty());
}

TEST_CASE("an answer to a due book entry is a review of it, not a new wrong answer") {
    Fixture f;
    {
        PracticeSession first = f.everything();
        f.answer(first, S1, "B");  // wrong on 2026-11-24: due 11-25
    }
    f.clock.set(day(11, 25) + 1h);  // 09:00 in Beijing
    tqm::store::ReviewBookRepository book(f.db);
    const auto due = book.dueEntries(f.person, day(11, 25));
    const auto reviews = tqm::session::selectDueReviews(f.bank, due, {});
    REQUIRE(reviews.items.size() == 1);
    PracticeSession review(f.db, f.clock, f.bank, f.person, reviews.items);

    const PracticeFeedback feedback = f.answer(review, 0, "A");
    CHECK(feedback.outcome == PracticeOutcome::Reviewed);
    REQUIRE(feedback.bookEntry);
    CHECK(feedback.bookEntry->state == ReviewState{1, 1, 250, day(11, 26), true});
    CHECK(feedback.bookEntry->lastReviewAt == tqm::unixMillis(f.clock.now()));

    // The same question answered again the same day is no longer due: plain practice.
    const PracticeFeedback again = f.answer(review, 0, "A");
    CHECK(again.outcome == PracticeOutcome::Recorded);
    CHECK_FALSE(again.bookEntry);
    CHECK(f.recordedAnswers() == std::vector<std::string>{"q-s1 basics 0 1795516200000 practice",
                                                          "q-s1 basics 1 1795568400000 review",
                                                          "q-s1 basics 1 1795568400000 practice"});
}

TEST_CASE(
    "three correct reviews in a row take a question out of the book; a wrong one returns it") {
    Fixture f;
    PracticeSession session = f.everything();
    f.answer(session, TF, "F");
    for (auto when : {day(11, 25), day(11, 26), day(12, 2)}) {
        f.clock.set(when + 1h);
        CHECK(f.answer(session, TF, "T").outcome == PracticeOutcome::Reviewed);
    }
    tqm::store::ReviewBookRepository book(f.db);
    CHECK(book.counts(f.person, day(12, 31)) == tqm::store::BookCounts{0, 0, 1});

    f.clock.set(day(12, 20) + 1h);
    const PracticeFeedback wrong = f.answer(session, TF, "F");
    CHECK(wrong.outcome == PracticeOutcome::Recorded);
    REQUIRE(wrong.bookEntry);
    CHECK(wrong.bookEntry->state == ReviewState{0, 1, 250, day(12, 21), true});
    CHECK(wrong.bookEntry->wrongCount == 2);
}

TEST_CASE("practice statistics count answered and correct per category") {
    Fixture f;
    PracticeSession session = f.everything();
    f.answer(session, S1, "A");     // basics, right
    f.answer(session, NUM, "5");    // basics, wrong
    f.answer(session, M1, "AB");    // tools.pareto, right
    f.answer(session, MA, "A=1");   // tools.pareto, partly: wrong
    f.answer(session, TF, "T");     // tools, right
    f.answer(session, SA, "文字");  // essay: not counted
    const AnswerStatistics statistics =
        tqm::store::PracticeAnswerRepository(f.db).statistics(f.person);
    CHECK(
        statistics ==
        AnswerStatistics{{"", 5, 3}, {{"basics", 2, 1}, {"tools", 1, 1}, {"tools.pareto", 2, 1}}});
    CHECK(statistics.total.shareCorrect() == Approx(0.6));
}
