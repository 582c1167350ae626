// Answers committed one by one: each is on disk when answer() returns, changes and clears keep
// every revision, flags, and the refusals with their exact messages.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "session_test_support.h"

using namespace std::chrono_literals;
using namespace tqm::exam;
using tqm::session::AnswerReceipt;
using tqm::session::Refusal;
using tqm::sessiontest::Fixture;
using tqm::sessiontest::kStart;
using tqm::store::StoredAnswer;

namespace {

struct AnswerRowOnDisk {
    std::int64_t seq;
    std::string answer;
    std::int64_t answeredAt;
    int revision;
    bool operator==(const AnswerRowOnDisk&) const = default;
};

// Reads the answers through a connection of its own, as another process would after a crash.
std::vector<AnswerRowOnDisk> answersOnDisk(const std::filesystem::path& file) {
    SQLite::Database other(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement rows(other,
                           "SELECT seq, answer, answered_at, revision FROM answer ORDER BY seq");
    std::vector<AnswerRowOnDisk> found;
    while (rows.executeStep()) {
        found.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getString(),
                         rows.getColumn(2).getInt64(), rows.getColumn(3).getInt()});
    }
    return found;
}

}  // namespace

TEST_CASE("every answer is in the database file when answer() returns") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "tqm.db";
    Fixture f(tqm::sessiontest::sampleSettings(), file);
    const std::int64_t attempt = f.startFor(f.zhang);
    const std::pair<std::size_t, Answer> answers[] = {{1, ChoiceAnswer{{1}}},
                                                      {2, TrueFalseAnswer{true}},
                                                      {3, ChoiceAnswer{{0, 2}}},
                                                      {4, BlankAnswer{{"PDCA", "戴明"}}},
                                                      {5, EssayAnswer{"整理、整顿"}}};
    std::vector<AnswerRowOnDisk> expected;
    for (const auto& [seq, answer] : answers) {
        f.clock.advance(1s);
        const auto result = f.service.answer(attempt, seq, answer);
        REQUIRE(result.receipt);
        expected.push_back({static_cast<std::int64_t>(seq), result.receipt->text,
                            kStart + 1000 * static_cast<std::int64_t>(seq), 1});
        CHECK(answersOnDisk(file) == expected);
    }
    CHECK(expected[2].answer == "AC");
    CHECK(expected[3].answer == "PDCA|戴明");
    CHECK(f.service.attempts().find(attempt)->heartbeatAt == kStart + 5000);
}

TEST_CASE("changing and clearing an answer keeps every revision in the history") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(10s);
    CHECK(*f.service.answer(attempt, 4, BlankAnswer{{"PDCA", "戴明"}}).receipt ==
          AnswerReceipt{attempt, 4, "PDCA|戴明", 1, kStart + 10000});
    f.clock.advance(10s);
    CHECK(*f.service.answer(attempt, 4, BlankAnswer{{"PDCA", "朱兰"}}).receipt ==
          AnswerReceipt{attempt, 4, "PDCA|朱兰", 2, kStart + 20000});
    f.clock.advance(10s);
    CHECK(*f.service.answer(attempt, 4, NoAnswer{}).receipt ==
          AnswerReceipt{attempt, 4, "", 3, kStart + 30000});

    CHECK(f.service.attempts().answers(attempt) ==
          std::vector<StoredAnswer>{{4, "", kStart + 30000, 3}});
    CHECK(f.service.attempts().history(attempt) ==
          std::vector<StoredAnswer>{{4, "PDCA|戴明", kStart + 10000, 1},
                                    {4, "PDCA|朱兰", kStart + 20000, 2},
                                    {4, "", kStart + 30000, 3}});
}

TEST_CASE("an essay of nothing but spaces clears the answer") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.service.answer(attempt, 5, EssayAnswer{"整理"});
    CHECK(f.service.answer(attempt, 5, EssayAnswer{"   "}).receipt->text == "");
}

TEST_CASE("the answer history cannot be rewritten") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE answer_history SET answer = 'A'"),
                      "answer history is append-only");
    CHECK_THROWS_WITH(f.db.sql().exec("DELETE FROM answer_history"),
                      "answer history is append-only");
}

TEST_CASE("answers to questions that are not on the paper are refused and nothing is written") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    for (std::size_t seq : {0, 6}) {
        const auto result = f.service.answer(attempt, seq, TrueFalseAnswer{true});
        CHECK_FALSE(result.receipt);
        CHECK(*result.refusal ==
              Refusal{"no-such-question", "attempt 1 has questions 1 to 5; there is no question " +
                                              std::to_string(seq) + "."});
    }
    CHECK(*f.service.answer(99, 1, TrueFalseAnswer{true}).refusal ==
          Refusal{"no-such-attempt", "there is no attempt 99."});
    CHECK(f.count("SELECT count(*) FROM answer_history") == 0);
}

TEST_CASE("an answer that does not fit its question is refused with the reason") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    CHECK(*f.service.answer(attempt, 1, ChoiceAnswer{{5}}).refusal ==
          Refusal{"invalid-answer",
                  "the answer \"F\" to question 1 (q1) was not recorded: "
                  "\"F\" does not exist: the question has options A to C."});
    CHECK(*f.service.answer(attempt, 1, EssayAnswer{"B"}).refusal ==
          Refusal{"invalid-answer",
                  "the answer \"B\" to question 1 (q1) was not recorded: it is "
                  "not an answer to a single-choice question."});
    CHECK(*f.service.answer(attempt, 4, BlankAnswer{{"PDCA"}}).refusal ==
          Refusal{"invalid-answer",
                  "the answer \"PDCA\" to question 4 (q4) was not recorded: "
                  "the question has 2 blanks, 1 given (separate blanks with "
                  "\"|\")."});
    CHECK(f.count("SELECT count(*) FROM answer") == 0);
}

TEST_CASE("after submission answers and flags are refused") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(5min);
    REQUIRE(f.service.submit(attempt).submission);
    f.clock.advance(1s);
    const Refusal submitted{"already-submitted",
                            "attempt 1 was submitted at 2026-11-24T10:35:00.000Z; it can no "
                            "longer be changed."};
    CHECK(*f.service.answer(attempt, 1, ChoiceAnswer{{1}}).refusal == submitted);
    CHECK(*f.service.flag(attempt, 1, true) == submitted);
    CHECK(*f.service.submit(attempt).refusal == submitted);
    CHECK(f.count("SELECT count(*) FROM answer") == 0);
}

TEST_CASE("an answer after the deadline is refused and submits the attempt at the deadline") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(1min);
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    f.clock.advance(29min);  // exactly the deadline
    const auto late = f.service.answer(attempt, 2, TrueFalseAnswer{true});
    CHECK_FALSE(late.receipt);
    CHECK(*late.refusal ==
          Refusal{"time-up",
                  "the time for attempt 1 ended at 2026-11-24T11:00:00.000Z; it was "
                  "submitted automatically and can no longer be changed."});
    REQUIRE(late.autoSubmitted);
    CHECK(late.autoSubmitted->attempt.submittedAt == kStart + 30 * 60000);
    CHECK(late.autoSubmitted->attempt.submittedBy == tqm::store::SubmittedBy::Deadline);
    CHECK(late.autoSubmitted->attempt.earned == 200);
    CHECK(f.service.attempts().answers(attempt) ==
          std::vector<StoredAnswer>{{1, "B", kStart + 60000, 1}});
}

TEST_CASE("flags are set and cleared per question and survive in the database") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    CHECK_FALSE(f.service.flag(attempt, 2, true));
    CHECK_FALSE(f.service.flag(attempt, 4, true));
    CHECK_FALSE(f.service.flag(attempt, 4, true));
    CHECK_FALSE(f.service.flag(attempt, 2, false));
    CHECK(f.service.attempts().flags(attempt) == std::vector<std::size_t>{4});
    CHECK(*f.service.flag(attempt, 9, true) ==
          Refusal{"no-such-question", "attempt 1 has questions 1 to 5; there is no question 9."});
}
