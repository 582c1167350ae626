// A practice round as the screen goes through it: one check per question, the tally of the
// summary, and a new round of the questions answered wrong or skipped.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "practice_bank.h"
#include "session/practice_round.h"
#include "store/people_repository.h"

using tqm::FakeClock;
using tqm::exam::ChoiceAnswer;
using tqm::exam::NoAnswer;
using tqm::exam::TrueFalseAnswer;
using tqm::session::PracticeOutcome;
using tqm::session::PracticeRound;
using tqm::session::RoundPart;
using tqm::session::RoundTally;
using tqm::store::Database;

namespace {

struct Fixture {
    FakeClock clock{tqm::storetest::knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    std::int64_t person = [this] {
        tqm::store::PeopleRepository people(db);
        people.upsert({"E001", "张三", {}, {}, {}});
        return people.findByEmployeeNo("E001")->id;
    }();
    tqm::bank::Bank bank = tqm::session::testing::practiceBank();

    // q-s1 (A right), q-tf (true), q-sa (essay), q-m1 (A and B right, partial scoring).
    std::vector<RoundPart> parts() {
        RoundPart part{&bank, {}};
        for (const char* id : {"q-s1", "q-tf", "q-sa", "q-m1"})
            part.items.push_back({bank.findQuestion(id), false});
        return {part};
    }

    int count(const char* sql) { return db.sql().execAndGet(sql).getInt(); }
};

}  // namespace

TEST_CASE("a practice round tallies right, wrong, skipped and essay questions for its summary") {
    Fixture f;
    PracticeRound round(f.db, f.clock, f.person, f.parts());
    REQUIRE(round.size() == 4);
    CHECK(round.question(0).questionId == "q-s1");
    CHECK(round.bankQuestion(3).id == "q-m1");
    CHECK(round.bankOf(2).id == "tqm-basics");

    CHECK(round.answer(0, ChoiceAnswer{{0}}).correct);
    CHECK_FALSE(round.answer(1, TrueFalseAnswer{false}).correct);
    CHECK(round.answer(2, NoAnswer{}).outcome == PracticeOutcome::Unscored);
    CHECK(round.answer(3, NoAnswer{}).outcome == PracticeOutcome::Skipped);

    CHECK(round.tally() == RoundTally{4, 4, 2, 1, 1, 1});
    CHECK(round.toPractiseAgain() == std::vector<std::size_t>{1, 3});
    CHECK(f.count("SELECT count(*) FROM practice_answer") == 2);
    CHECK(f.count("SELECT count(*) FROM review_book_entry WHERE question_id = 'q-tf'") == 1);
}

TEST_CASE("a question checked twice in a round is recorded once and keeps its first feedback") {
    Fixture f;
    PracticeRound round(f.db, f.clock, f.person, f.parts());
    CHECK_FALSE(round.answer(1, TrueFalseAnswer{false}).correct);
    CHECK_FALSE(round.answer(1, TrueFalseAnswer{true}).correct);
    CHECK(round.feedback(1)->correctAnswer == "T");
    CHECK_FALSE(round.feedback(0).has_value());
    CHECK(f.count("SELECT count(*) FROM practice_answer") == 1);
    CHECK(round.tally() == RoundTally{4, 1, 1, 0, 0, 0});
}

TEST_CASE("practising the wrong ones again makes a round of the wrong and skipped questions") {
    Fixture f;
    PracticeRound round(f.db, f.clock, f.person, f.parts());
    round.answer(0, ChoiceAnswer{{1}});  // wrong
    round.answer(1, TrueFalseAnswer{true});
    round.answer(3, ChoiceAnswer{{0}});  // partly right: 1 of 2 points
    const std::vector<RoundPart> again = round.partsToPractiseAgain();
    REQUIRE(again.size() == 1);
    REQUIRE(again[0].items.size() == 2);
    CHECK(again[0].items[0].question->id == "q-s1");
    CHECK(again[0].items[1].question->id == "q-m1");

    PracticeRound second(f.db, f.clock, f.person, again);
    CHECK(second.size() == 2);
    CHECK(second.answer(0, ChoiceAnswer{{0}}).correct);
    CHECK(second.tally() == RoundTally{2, 1, 1, 1, 0, 0});
}

TEST_CASE("a round drops parts without questions and keeps the others in order") {
    Fixture f;
    tqm::bank::Bank other = tqm::session::testing::practiceBank();
    std::vector<RoundPart> parts{{&f.bank, {}},
                                 {&other, {{other.findQuestion("q-tf"), false}}},
                                 {&f.bank, {{f.bank.findQuestion("q-s1"), false}}}};
    PracticeRound round(f.db, f.clock, f.person, std::move(parts));
    REQUIRE(round.size() == 2);
    CHECK(&round.bankOf(0) == &other);
    CHECK(&round.bankOf(1) == &f.bank);
    CHECK(round.question(1).questionId == "q-s1");
}
