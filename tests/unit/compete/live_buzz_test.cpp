// 抢答: buzzing opens only when the host opens it; the earliest key press wins.
#include <catch2/catch.hpp>

#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;
using Scores = std::vector<int>;

namespace {

RoundRules buzzRules(bool rebound, bool foulBars = true) {
    RoundRules rules;
    rules.points = 20;
    rules.deduction = 10;
    rules.foulPenalty = 15;
    rules.foulBars = foulBars;
    rules.rebound = rebound;
    rules.windowSeconds = 10;
    return rules;
}

TeamContest buzzContest(bool rebound, bool foulBars = true) {
    return contestOf({roundOf(RoundKind::BuzzIn, buzzRules(rebound, foulBars), 2)});
}

}  // namespace

TEST_CASE("the earliest key press wins the buzz, not the first to arrive") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1000, OpenBuzzing{}).empty());
    // Read in the order 蓝, 绿, 红, but 红队's key went down first.
    CHECK(d.apply(2203, Buzz{kBlue}).empty());
    CHECK(d.state().answering == kBlue);
    CHECK(d.apply(2201, Buzz{kGreen}).empty());
    CHECK(d.state().answering == kGreen);
    CHECK(d.apply(2200, Buzz{kRed}).empty());
    CHECK(d.state().answering == kRed);
    CHECK(d.state().phase == Phase::Answering);
    const auto& order = d.state().buzz.order();
    REQUIRE(order.size() == 3);
    CHECK(order[0].team == kRed);
    CHECK(order[0].sinceOpenMs == 1200);
    CHECK(order[1].team == kGreen);
    CHECK(order[1].sinceOpenMs == 1201);
    CHECK(order[2].team == kBlue);
    CHECK(order[2].sinceOpenMs == 1203);
    CHECK(d.apply(3000, Judge{true}).empty());
    CHECK(d.scores() == Scores{120, 100, 100});
}

TEST_CASE("presses with the same millisecond go to the one read first") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    CHECK(d.apply(500, Buzz{kGreen}).empty());
    CHECK(d.apply(500, Buzz{kRed}).empty());
    CHECK(d.state().answering == kGreen);
}

TEST_CASE("a buzz before buzzing opens is a foul that costs the penalty and bars the team") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(400, Buzz{kBlue}).empty());
    CHECK(d.scores() == Scores{100, 85, 100});
    CHECK(d.state().phase == Phase::Shown);
    CHECK(d.apply(500, Buzz{kBlue}) == "barred: 蓝队 may not buzz on this question any more");
    CHECK(d.apply(1000, OpenBuzzing{}).empty());
    CHECK(d.apply(1100, Buzz{kBlue}) == "barred: 蓝队 may not buzz on this question any more");
    // A press that went down before the opening but was read after it is a foul too.
    CHECK(d.apply(990, Buzz{kGreen}).empty());
    CHECK(d.scores() == Scores{100, 85, 85});
    CHECK(d.state().phase == Phase::BuzzOpen);
    const auto& order = d.state().buzz.order();
    REQUIRE(order.size() == 2);
    CHECK(order[0].foul);
    CHECK_FALSE(order[0].sinceOpenMs.has_value());
    CHECK(order[1].sinceOpenMs == -10);
    CHECK(d.apply(1300, Buzz{kRed}).empty());
    CHECK(d.state().answering == kRed);
}

TEST_CASE("without foul-bars a team that fouled may still buzz once buzzing opens") {
    const TeamContest contest = buzzContest(false, false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(100, Buzz{kBlue}).empty());
    CHECK(d.apply(1000, OpenBuzzing{}).empty());
    CHECK(d.apply(1050, Buzz{kBlue}).empty());
    CHECK(d.state().answering == kBlue);
    CHECK(d.scores() == Scores{100, 85, 100});
}

TEST_CASE("a wrong answer without rebound deducts and closes the question") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    CHECK(d.apply(800, Buzz{kGreen}).empty());
    CHECK(d.apply(5000, Judge{false}).empty());
    CHECK(d.state().phase == Phase::Closed);
    CHECK(d.state().outcome == Outcome::Wrong);
    CHECK(d.scores() == Scores{100, 100, 90});
}

TEST_CASE("a wrong answer with rebound deducts and reopens buzzing to the other teams") {
    const TeamContest contest = buzzContest(true);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    CHECK(d.apply(800, Buzz{kGreen}).empty());
    CHECK(d.apply(900, Buzz{kRed}).empty());
    CHECK(d.apply(5000, Judge{false}).empty());
    CHECK(d.state().phase == Phase::BuzzOpen);
    CHECK(d.state().buzz.opening() == 2);
    CHECK(d.apply(5100, Buzz{kGreen}) == "barred: 绿队 may not buzz on this question any more");
    CHECK(d.apply(5300, Buzz{kBlue}).empty());
    CHECK(d.state().answering == kBlue);
    CHECK(d.state().buzz.order().back().sinceOpenMs == 300);
    CHECK(d.apply(6000, StartTimer{}).empty());
    CHECK(d.apply(26000, TimeOut{}).empty());  // 蓝队 ran out of time: wrong, rebound to 红队
    CHECK(d.state().phase == Phase::BuzzOpen);
    CHECK(d.apply(26100, Buzz{kRed}).empty());
    CHECK(d.apply(27000, Judge{true}).empty());
    CHECK(d.scores() == Scores{120, 90, 90});
    CHECK(d.state().outcome == Outcome::Right);
}

TEST_CASE("a rebound ends when every team has answered wrong") {
    const TeamContest contest = buzzContest(true);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    for (const std::size_t team : {kRed, kBlue, kGreen}) {
        CHECK(d.apply(d.state().buzz.openedAtMs() + 100, Buzz{team}).empty());
        CHECK(d.apply(d.state().buzz.openedAtMs() + 200, Judge{false}).empty());
    }
    CHECK(d.state().phase == Phase::Closed);
    CHECK(d.state().outcome == Outcome::Wrong);
    CHECK(d.scores() == Scores{90, 90, 90});
}

TEST_CASE("no buzz within the window voids the question and later presses are refused") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1000, OpenBuzzing{}).empty());
    CHECK(d.apply(11001, Buzz{kRed}) ==
          "window-closed: 红队 buzzed 10001 ms after opening, after the 10 s window closed");
    CHECK(d.apply(11001, TimeOut{}).empty());
    CHECK(d.state().outcome == Outcome::Void);
    CHECK(d.apply(11002, Buzz{kRed}) ==
          "wrong-phase: cannot buzz now: the question is decided; go on with next");
    CHECK(d.scores() == Scores{100, 100, 100});
}

TEST_CASE("a team buzzes once per opening") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    CHECK(d.apply(100, Buzz{kRed}).empty());
    CHECK(d.apply(120, Buzz{kRed}) == "already-buzzed: 红队 has already buzzed");
    CHECK(d.apply(150, OpenBuzzing{}) == "wrong-phase: cannot open buzzing now: 红队 is answering");
}

TEST_CASE("a buzz round refuses judging before anyone has the answer") {
    const TeamContest contest = buzzContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1, Judge{true}) ==
          "wrong-phase: cannot judge an answer right now: the question is being read and "
          "buzzing is not open");
    CHECK(d.apply(2, OpenBuzzing{}).empty());
    CHECK(d.apply(3, Judge{false}) ==
          "wrong-phase: cannot judge an answer wrong now: buzzing is open");
    CHECK(d.apply(4, StartTimer{}) == "wrong-phase: cannot start the timer now: buzzing is open");
}

TEST_CASE("the countdown runs to the end of the buzz window, then to the end of the answer time") {
    const TeamContest contest = buzzContest(true);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK_FALSE(deadlineMs(contest, d.state()).has_value());
    CHECK(d.apply(1000, OpenBuzzing{}).empty());
    CHECK(deadlineMs(contest, d.state()) == 11000);
    CHECK(d.apply(1500, Buzz{kRed}).empty());
    CHECK_FALSE(deadlineMs(contest, d.state()).has_value());
    CHECK(d.apply(2000, StartTimer{}).empty());
    CHECK(deadlineMs(contest, d.state()) == 2000 + 30'000);  // answer-seconds defaults to 30
    CHECK(d.apply(4000, Judge{false}).empty());              // rebound: a new window
    CHECK(deadlineMs(contest, d.state()) == 14000);
}
