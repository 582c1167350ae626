// 必答: each team in turn answers its own question.
#include <catch2/catch.hpp>

#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;
using Scores = std::vector<int>;

namespace {

TeamContest requiredContest() {
    RoundRules rules;
    rules.points = 10;
    rules.deduction = 5;
    return contestOf({roundOf(RoundKind::Required, rules, 3)});
}

}  // namespace

TEST_CASE(
    "a required round gives each team its own question in turn, adding for right and "
    "deducting for wrong") {
    const TeamContest contest = requiredContest();
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.state().answering == kRed);
    CHECK(currentQuestion(contest, d.state())->text == "question 1");
    CHECK(d.apply(10, Judge{true}).empty());
    CHECK(d.apply(20, Next{}).empty());
    CHECK(d.apply(30, ShowQuestion{}).empty());
    CHECK(d.state().answering == kBlue);
    CHECK(d.apply(40, Judge{false}).empty());
    CHECK(d.state().outcome == Outcome::Wrong);
    CHECK(d.apply(50, Next{}).empty());
    CHECK(d.apply(60, ShowQuestion{}).empty());
    CHECK(d.state().answering == kGreen);
    CHECK(d.apply(70, StartTimer{}).empty());
    CHECK(d.apply(30'070, TimeOut{}).empty());
    CHECK(d.state().outcome == Outcome::TimeUp);
    CHECK(d.scores() == Scores{110, 95, 95});
    CHECK(d.apply(30'080, Next{}).empty());
    CHECK(d.state().phase == Phase::Finished);
}

TEST_CASE("a required round refuses events that do not belong to its phase or kind") {
    const TeamContest contest = requiredContest();
    Driver d(contest);
    CHECK(d.apply(0, Judge{true}) ==
          "wrong-phase: cannot judge an answer right now: the question has not been shown");
    CHECK(d.apply(0, OpenBuzzing{}) ==
          "wrong-round: open belongs to a buzz-in round; round 1 \"required\" is a required round");
    CHECK(d.apply(0, Buzz{kRed}) ==
          "wrong-round: buzz belongs to a buzz-in round; round 1 \"required\" is a required round");
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(5, TimeOut{}) == "no-timer: no countdown is running; start the timer first");
    CHECK(d.apply(5, Next{}) ==
          "wrong-phase: cannot go on to the next question now: 红队 is answering");
    CHECK(d.apply(5, StartTimer{}).empty());
    CHECK(d.apply(6, StartTimer{}) == "timer-running: the timer is already running");
    CHECK(d.scores() == Scores{100, 100, 100});
    CHECK(d.engine.inEffect().size() == 2);
}

TEST_CASE("after the last round every event but an adjustment is refused") {
    const TeamContest contest = contestOf({roundOf(RoundKind::Required, {}, 1)});
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1, Judge{true}).empty());
    CHECK(d.apply(2, Next{}).empty());
    CHECK(d.apply(3, ShowQuestion{}) ==
          "wrong-phase: cannot show the question now: the competition is over");
    CHECK(d.apply(4, Adjust{kBlue, 3, "复核加分"}).empty());
    CHECK(d.scores() == Scores{110, 103, 100});
}

TEST_CASE("an adjustment needs a known team, a change and a reason") {
    const TeamContest contest = requiredContest();
    Driver d(contest);
    CHECK(d.apply(0, Adjust{kRed, 0, "无"}) ==
          "zero-adjustment: an adjustment of 0 changes nothing");
    CHECK(d.apply(0, Adjust{kRed, -5, "  "}) == "empty-reason: an adjustment needs a reason");
    CHECK(d.apply(0, Adjust{7, -5, "违规"}) == "unknown-team: no team has index 7");
    CHECK(d.apply(0, Adjust{kGreen, -5, "抢答违规"}).empty());
    CHECK(d.scores() == Scores{100, 100, 95});
}

TEST_CASE("teams with equal scores share a rank on the scoreboard") {
    LiveState state;
    state.scores = {90, 120, 90};
    const auto table = standings(state);
    REQUIRE(table.size() == 3);
    CHECK(table[0].rank == 1);
    CHECK(table[0].team == kBlue);
    CHECK(table[1].rank == 2);
    CHECK(table[1].team == kRed);
    CHECK(table[2].rank == 2);
    CHECK(table[2].team == kGreen);
}
