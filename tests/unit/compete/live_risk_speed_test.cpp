// 风险 and 限时速答 rounds.
#include <catch2/catch.hpp>

#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;
using Scores = std::vector<int>;

namespace {

TeamContest riskContest(bool passAllowed) {
    RoundRules rules;
    rules.values = {10, 20, 30};
    rules.passAllowed = passAllowed;
    return contestOf({roundOf(RoundKind::Risk, rules, 3)});
}

TeamContest speedContest(int questions) {
    RoundRules rules;
    rules.durationSeconds = 60;
    rules.points = 5;
    rules.deduction = 2;
    return contestOf({roundOf(RoundKind::Speed, rules, questions)});
}

}  // namespace

TEST_CASE(
    "a risk stake is added for a right answer, deducted for a wrong one, and a pass "
    "changes nothing") {
    const TeamContest contest = riskContest(true);
    Driver d(contest);
    CHECK(d.apply(0, ChooseRisk{kRed, 30}).empty());
    CHECK(d.state().phase == Phase::RiskChosen);
    CHECK(currentQuestion(contest, d.state()) == nullptr);
    CHECK(d.apply(1, ShowQuestion{}).empty());
    CHECK(d.apply(2, Judge{true}).empty());
    CHECK(d.apply(3, Next{}).empty());
    CHECK(d.apply(4, ChooseRisk{kBlue, 20}).empty());
    CHECK(d.apply(5, ShowQuestion{}).empty());
    CHECK(d.apply(6, Judge{false}).empty());
    CHECK(d.apply(7, Next{}).empty());
    CHECK(d.apply(8, ChooseRisk{kGreen, std::nullopt}).empty());
    CHECK(d.state().outcome == Outcome::Passed);
    CHECK(d.scores() == Scores{130, 80, 100});
    CHECK(d.apply(9, Next{}).empty());
    CHECK(d.state().phase == Phase::Finished);
}

TEST_CASE("a risk answer that runs out of time loses the stake") {
    const TeamContest contest = riskContest(true);
    Driver d(contest);
    CHECK(d.apply(0, ChooseRisk{kRed, 10}).empty());
    CHECK(d.apply(1, ShowQuestion{}).empty());
    CHECK(d.apply(2, StartTimer{}).empty());
    CHECK(d.apply(30'002, TimeOut{}).empty());
    CHECK(d.scores() == Scores{90, 100, 100});
}

TEST_CASE("a risk round refuses a stake it does not offer, the wrong team and a forbidden pass") {
    const TeamContest contest = riskContest(false);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}) ==
          "wrong-phase: cannot show the question now: it is 红队's turn to choose a stake");
    CHECK(d.apply(0, ChooseRisk{kRed, 25}) ==
          "not-a-stake: 25 is not a stake of this round; choose one of 10, 20, 30");
    CHECK(d.apply(0, ChooseRisk{kBlue, 20}) == "not-in-turn: it is 红队's turn, not 蓝队's");
    CHECK(d.apply(0, ChooseRisk{kRed, std::nullopt}) ==
          "pass-not-allowed: this round does not allow passing");
    CHECK(d.apply(0, ChooseRisk{kRed, 20}).empty());
    CHECK(d.apply(1, ChooseRisk{kRed, 30}) ==
          "wrong-phase: cannot choose a stake now: 红队 has staked 20 and the question has not "
          "been shown");
}

TEST_CASE(
    "a speed turn scores every answer until the time is up, then the next team goes on "
    "with the next question") {
    const TeamContest contest = speedContest(6);
    Driver d(contest);
    CHECK(d.apply(1000, StartTimer{}).empty());
    CHECK(d.state().phase == Phase::SpeedRunning);
    CHECK(deadlineMs(contest, d.state()) == 61000);
    CHECK(currentQuestion(contest, d.state())->text == "question 1");
    CHECK(d.apply(5000, Judge{true}).empty());
    CHECK(d.apply(9000, Judge{false}).empty());
    CHECK(d.apply(20000, Judge{true}).empty());
    CHECK(currentQuestion(contest, d.state())->text == "question 4");
    // The time is up at 61000: a verdict after it is refused, whatever the console was showing.
    CHECK(d.apply(61001, Judge{true}) ==
          "time-is-up: the answer came 1 ms after 红队's time was up");
    CHECK(d.apply(61001, TimeOut{}).empty());
    CHECK(d.state().outcome == Outcome::TimeUp);
    CHECK(d.state().speedRight == 2);
    CHECK(d.state().speedWrong == 1);
    CHECK(
        d.apply(61002, Judge{true}) ==
        "wrong-phase: cannot judge an answer right now: the question is decided; go on with next");
    CHECK(d.apply(62000, Next{}).empty());
    CHECK(d.apply(63000, StartTimer{}).empty());
    CHECK(d.state().answering == kBlue);
    CHECK(currentQuestion(contest, d.state())->text == "question 5");  // question 4 was used up
    CHECK(d.apply(64000, Judge{true}).empty());
    CHECK(d.apply(65000, Judge{true}).empty());
    CHECK(d.state().outcome == Outcome::OutOfQuestions);
    CHECK(d.scores() == Scores{108, 110, 100});
    CHECK(d.apply(66000, Next{}).empty());  // no questions left: the round (and contest) ends
    CHECK(d.state().phase == Phase::Finished);
}

TEST_CASE("a speed round shows its questions itself") {
    const TeamContest contest = speedContest(2);
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}) ==
          "wrong-round: in a speed round the questions follow each other once the timer starts");
    CHECK(d.apply(0, Judge{true}) ==
          "wrong-phase: cannot judge an answer right now: 红队's speed turn has not started");
}
