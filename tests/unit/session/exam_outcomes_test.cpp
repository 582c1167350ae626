// What an exam's submission records for the person beyond the attempt: every answered question's
// outcome for the statistics (origin 'exam'), and the questions answered wrong or partly right in
// the wrong-answer book. Essays waiting for a mark and unanswered questions go into neither.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "session/exam_sitting.h"
#include "session_test_support.h"
#include "sitting_test_support.h"
#include "store/practice_answer_repository.h"

using namespace std::chrono_literals;
using namespace tqm::exam;
using tqm::sessiontest::Fixture;
using tqm::sessiontest::kStart;
using tqm::sittingtest::Sitting;

namespace {

constexpr std::int64_t kMinute = 60000;
constexpr std::int64_t kDay = 20781;  // 2026-11-24, the day of kStart at +08:00

struct OutcomeRow {
    std::int64_t personId;
    std::string bankId;
    std::string questionId;
    std::string category;
    int correct;
    std::int64_t answeredAt;
    std::string origin;
    bool operator==(const OutcomeRow&) const = default;
};

struct BookRow {
    std::int64_t personId;
    std::string bankId;
    std::string questionId;
    int repetitions;
    int intervalDays;
    int easeHundredths;
    std::int64_t dueDay;
    int inBook;
    std::int64_t enteredAt;
    int wrongCount;
    bool operator==(const BookRow&) const = default;
};

std::vector<OutcomeRow> outcomes(tqm::store::Database& db) {
    SQLite::Statement rows(db.sql(),
                           "SELECT person_id, bank_id, question_id, category, correct, "
                           "answered_at, origin FROM practice_answer ORDER BY id");
    std::vector<OutcomeRow> found;
    while (rows.executeStep()) {
        found.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getString(),
                         rows.getColumn(2).getString(), rows.getColumn(3).getString(),
                         rows.getColumn(4).getInt(), rows.getColumn(5).getInt64(),
                         rows.getColumn(6).getString()});
    }
    return found;
}

std::vector<BookRow> book(tqm::store::Database& db) {
    SQLite::Statement rows(db.sql(),
                           "SELECT person_id, bank_id, question_id, repetitions, interval_days, "
                           "ease_hundredths, due_day, in_book, entered_at, wrong_count "
                           "FROM review_book_entry ORDER BY person_id, bank_id, question_id");
    std::vector<BookRow> found;
    while (rows.executeStep()) {
        found.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getString(),
                         rows.getColumn(2).getString(), rows.getColumn(3).getInt(),
                         rows.getColumn(4).getInt(), rows.getColumn(5).getInt(),
                         rows.getColumn(6).getInt64(), rows.getColumn(7).getInt(),
                         rows.getColumn(8).getInt64(), rows.getColumn(9).getInt()});
    }
    return found;
}

// Question 1 right, 2 wrong, 3 partly right, 4 unanswered, 5 an essay.
void answerSome(Fixture& f, std::int64_t attempt) {
    REQUIRE(f.service.answer(attempt, 1, ChoiceAnswer{{1}}).receipt);
    REQUIRE(f.service.answer(attempt, 2, TrueFalseAnswer{false}).receipt);
    REQUIRE(f.service.answer(attempt, 3, ChoiceAnswer{{0}}).receipt);
    REQUIRE(f.service.answer(attempt, 5, EssayAnswer{"整理、整顿、清扫"}).receipt);
}

}  // namespace

TEST_CASE("nothing is recorded for the person before the attempt is submitted") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(1min);
    answerSome(f, attempt);
    CHECK(outcomes(f.db).empty());
    CHECK(book(f.db).empty());
}

TEST_CASE("submission records answered questions as exam answers and the wrong ones in the book") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(1min);
    answerSome(f, attempt);
    f.clock.advance(9min);
    const auto submitted = f.service.submit(attempt);
    REQUIRE(submitted.submission);
    const std::int64_t at = kStart + 10 * kMinute;
    CHECK(submitted.submission->attempt.submittedAt == at);

    CHECK(outcomes(f.db) ==
          std::vector<OutcomeRow>{{f.zhang, "tqm-demo", "q1", "basics", 1, at, "exam"},
                                  {f.zhang, "tqm-demo", "q2", "basics", 0, at, "exam"},
                                  {f.zhang, "tqm-demo", "q3", "tools", 0, at, "exam"}});
    CHECK(book(f.db) ==
          std::vector<BookRow>{{f.zhang, "tqm-demo", "q2", 0, 1, 250, kDay + 1, 1, at, 1},
                               {f.zhang, "tqm-demo", "q3", 0, 1, 250, kDay + 1, 1, at, 1}});
    CHECK(tqm::store::PracticeAnswerRepository(f.db)
              .statistics(f.zhang, tqm::store::AnswerOrigin::Exam)
              .total == tqm::store::AnswerCounts{"", 3, 1});
}

TEST_CASE("an attempt with nothing answered records nothing for the person") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(1min);
    REQUIRE(f.service.submit(attempt).submission);
    CHECK(outcomes(f.db).empty());
    CHECK(book(f.db).empty());
}

TEST_CASE("marking an essay later adds nothing to the statistics or the book") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    answerSome(f, attempt);
    f.clock.advance(1min);
    REQUIRE(f.service.submit(attempt).submission);
    f.clock.advance(1h);
    REQUIRE(f.service.markEssay(attempt, 5, 300, "王老师").submission);
    CHECK(outcomes(f.db).size() == 3);
    CHECK(book(f.db).size() == 2);
}

TEST_CASE("an automatic submission at the deadline records the outcomes at the deadline") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(1min);
    answerSome(f, attempt);
    f.clock.advance(6h);  // past the deadline at minute 30, past midnight in Beijing too
    const auto resumed = f.service.resume(f.examId, f.zhang);
    REQUIRE(resumed.autoSubmitted);
    const std::int64_t deadline = kStart + 30 * kMinute;
    CHECK(resumed.autoSubmitted->attempt.submittedAt == deadline);

    CHECK(outcomes(f.db) ==
          std::vector<OutcomeRow>{{f.zhang, "tqm-demo", "q1", "basics", 1, deadline, "exam"},
                                  {f.zhang, "tqm-demo", "q2", "basics", 0, deadline, "exam"},
                                  {f.zhang, "tqm-demo", "q3", "tools", 0, deadline, "exam"}});
    CHECK(book(f.db) ==
          std::vector<BookRow>{{f.zhang, "tqm-demo", "q2", 0, 1, 250, kDay + 1, 1, deadline, 1},
                               {f.zhang, "tqm-demo", "q3", 0, 1, 250, kDay + 1, 1, deadline, 1}});

    // Asking again finds the attempt submitted and records nothing twice.
    CHECK(f.service.resume(f.examId, f.zhang).refusal->code == "no-open-attempt");
    CHECK(f.service.submit(attempt).refusal->code == "already-submitted");
    CHECK(outcomes(f.db).size() == 3);
}

TEST_CASE("a question answered wrong again in a later attempt counts once more in the book") {
    Fixture f;
    const std::int64_t first = f.startFor(f.zhang);
    REQUIRE(f.service.answer(first, 2, TrueFalseAnswer{false}).receipt);
    REQUIRE(f.service.submit(first).submission);
    f.clock.advance(24h);
    const std::int64_t second = f.startFor(f.zhang);
    REQUIRE(f.service.answer(second, 2, TrueFalseAnswer{false}).receipt);
    REQUIRE(f.service.answer(second, 1, ChoiceAnswer{{0}}).receipt);
    REQUIRE(f.service.submit(second).submission);

    const std::int64_t later = kStart + 24 * 60 * kMinute;
    CHECK(book(f.db) ==
          std::vector<BookRow>{{f.zhang, "tqm-demo", "q1", 0, 1, 250, kDay + 2, 1, later, 1},
                               {f.zhang, "tqm-demo", "q2", 0, 1, 250, kDay + 2, 1, kStart, 2}});
    CHECK(outcomes(f.db).size() == 3);
}

TEST_CASE("a paper made by a sitting records its questions' own bank, id and category") {
    Sitting s;
    const std::int64_t examId = s.createExam(tqm::sittingtest::demoSetup());
    const auto sitting = tqm::session::openSitting(s.service, examId, s.zhang);
    REQUIRE(sitting.attempt);
    const std::int64_t attempt = sitting.attempt->attempt.id;
    const auto paper = s.service.attempts().paper(attempt);
    // The first true/false question answered right, the first single choice answered wrong.
    std::size_t trueFalse = 0;
    std::size_t single = 0;
    for (std::size_t i = paper.size(); i-- > 0;) {
        if (paper[i].type == tqm::bank::QuestionType::TrueFalse) trueFalse = i;
        if (paper[i].type == tqm::bank::QuestionType::SingleChoice) single = i;
    }
    std::size_t wrongOption = 0;
    while (paper[single].options[wrongOption].correct) ++wrongOption;
    s.clock.advance(2min);
    REQUIRE(s.service.answer(attempt, trueFalse + 1, TrueFalseAnswer{paper[trueFalse].answerTrue})
                .receipt);
    REQUIRE(s.service.answer(attempt, single + 1, ChoiceAnswer{{wrongOption}}).receipt);
    s.clock.advance(3min);
    REQUIRE(s.service.submit(attempt).submission);

    const std::int64_t at = kStart + 5 * kMinute;
    const std::int64_t person = s.zhang.id;
    CHECK(
        outcomes(s.db) ==
        std::vector<OutcomeRow>{
            {person, "tqm-demo", paper[std::min(trueFalse, single)].questionId,
             paper[std::min(trueFalse, single)].category, trueFalse < single ? 1 : 0, at, "exam"},
            {person, "tqm-demo", paper[std::max(trueFalse, single)].questionId,
             paper[std::max(trueFalse, single)].category, trueFalse < single ? 0 : 1, at, "exam"}});
    CHECK(book(s.db) == std::vector<BookRow>{{person, "tqm-demo", paper[single].questionId, 0, 1,
                                              250, kDay + 1, 1, at, 1}});
}
