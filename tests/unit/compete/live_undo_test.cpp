// Undo cancels the last action still in effect; the log keeps both.
#include <catch2/catch.hpp>

#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;
using Scores = std::vector<int>;

namespace {

TeamContest allKinds() {
    RoundRules buzz;
    buzz.points = 20;
    buzz.deduction = 10;
    buzz.foulPenalty = 15;
    buzz.rebound = true;
    RoundRules risk;
    risk.values = {10, 20, 30};
    RoundRules speed;
    speed.points = 5;
    return contestOf({roundOf(RoundKind::Required, {}, 3), roundOf(RoundKind::BuzzIn, buzz, 1),
                      roundOf(RoundKind::Risk, risk, 3), roundOf(RoundKind::Speed, speed, 3)});
}

}  // namespace

TEST_CASE("undo with nothing in effect is refused") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    CHECK(d.apply(0, Undo{}) == "nothing-to-undo: there is nothing to undo");
}

TEST_CASE("undo of a judgement takes its points back and reopens the answer") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1, Judge{true}).empty());
    CHECK(d.scores() == Scores{110, 100, 100});
    CHECK(d.apply(2, Undo{}).empty());
    CHECK(d.scores() == Scores{100, 100, 100});
    CHECK(d.state().phase == Phase::Shown);
    CHECK(d.apply(3, Judge{false}).empty());
    CHECK(d.scores() == Scores{100, 100, 100});  // the default deduction is 0
    CHECK(d.state().outcome == Outcome::Wrong);
}

TEST_CASE("undo of an adjustment, a next and a show each step back one action") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1, Judge{true}).empty());
    CHECK(d.apply(2, Next{}).empty());
    CHECK(d.apply(3, Adjust{kBlue, -5, "提示"}).empty());
    CHECK(d.scores() == Scores{110, 95, 100});
    CHECK(d.apply(4, Undo{}).empty());
    CHECK(d.scores() == Scores{110, 100, 100});
    CHECK(d.apply(5, Undo{}).empty());
    CHECK(d.state().phase == Phase::Closed);
    CHECK(d.state().question == 0);
    CHECK(d.apply(6, Undo{}).empty());
    CHECK(d.apply(7, Undo{}).empty());
    CHECK(d.state().phase == Phase::Ready);
    CHECK(d.scores() == Scores{100, 100, 100});
    CHECK(d.apply(8, Undo{}) == "nothing-to-undo: there is nothing to undo");
}

TEST_CASE("undo of a buzz, a foul and a rebound restores the buzz order and the scores") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    for (int i = 0; i < 3; ++i) {
        CHECK(d.apply(i * 10, ShowQuestion{}).empty());
        CHECK(d.apply(i * 10 + 1, Judge{true}).empty());
        CHECK(d.apply(i * 10 + 2, Next{}).empty());
    }
    CHECK(d.apply(100, ShowQuestion{}).empty());
    CHECK(d.apply(150, Buzz{kGreen}).empty());  // foul
    CHECK(d.scores() == Scores{110, 110, 95});
    CHECK(d.apply(160, Undo{}).empty());
    CHECK(d.scores() == Scores{110, 110, 110});
    CHECK(d.state().buzz.order().empty());
    CHECK(d.apply(200, OpenBuzzing{}).empty());
    CHECK(d.apply(300, Buzz{kRed}).empty());
    CHECK(d.apply(400, Judge{false}).empty());  // rebound
    CHECK(d.state().phase == Phase::BuzzOpen);
    CHECK(d.scores() == Scores{100, 110, 110});
    CHECK(d.apply(500, Undo{}).empty());
    CHECK(d.state().phase == Phase::Answering);
    CHECK(d.state().answering == kRed);
    CHECK(d.scores() == Scores{110, 110, 110});
    CHECK(d.apply(600, Undo{}).empty());
    CHECK(d.state().phase == Phase::BuzzOpen);
    CHECK(d.state().buzz.order().empty());
}

TEST_CASE("undo of a stake, a pass and a speed answer") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    for (int i = 0; i < 3; ++i) {
        CHECK(d.apply(0, ShowQuestion{}).empty());
        CHECK(d.apply(0, Judge{true}).empty());
        CHECK(d.apply(0, Next{}).empty());
    }
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(0, OpenBuzzing{}).empty());
    CHECK(d.apply(0, TimeOut{}).empty());
    CHECK(d.apply(0, Next{}).empty());
    CHECK(d.apply(0, ChooseRisk{kRed, 30}).empty());
    CHECK(d.apply(0, Undo{}).empty());
    CHECK(d.state().phase == Phase::Ready);
    CHECK_FALSE(d.state().stake.has_value());
    CHECK(d.apply(0, ChooseRisk{kRed, std::nullopt}).empty());
    CHECK(d.apply(0, Undo{}).empty());
    CHECK(d.state().outcome == Outcome::None);
    CHECK(d.apply(0, ChooseRisk{kRed, std::nullopt}).empty());
    CHECK(d.apply(0, Next{}).empty());
    CHECK(d.apply(0, ChooseRisk{kBlue, std::nullopt}).empty());
    CHECK(d.apply(0, Next{}).empty());
    CHECK(d.apply(0, ChooseRisk{kGreen, std::nullopt}).empty());
    CHECK(d.apply(0, Next{}).empty());
    CHECK(d.state().round == 3);
    CHECK(d.apply(0, StartTimer{}).empty());
    CHECK(d.apply(1000, Judge{true}).empty());
    CHECK(d.scores() == Scores{115, 110, 110});
    CHECK(d.apply(1100, Undo{}).empty());
    CHECK(d.scores() == Scores{110, 110, 110});
    CHECK(currentQuestion(contest, d.state())->text == "question 1");
}

TEST_CASE("undo of a time-out, a timer start and an opening each go back one step") {
    const TeamContest contest = allKinds();
    Driver d(contest);
    CHECK(d.apply(0, ShowQuestion{}).empty());
    CHECK(d.apply(1, StartTimer{}).empty());
    CHECK(d.apply(30'001, TimeOut{}).empty());
    CHECK(d.state().outcome == Outcome::TimeUp);
    CHECK(d.apply(30'002, Undo{}).empty());
    CHECK(d.state().phase == Phase::Shown);
    CHECK(d.state().timerStartedAtMs == 1);
    CHECK(d.apply(30'003, Undo{}).empty());
    CHECK_FALSE(d.state().timerStartedAtMs.has_value());
    CHECK(d.apply(30'004, TimeOut{}) == "no-timer: no countdown is running; start the timer first");
    for (int i = 0; i < 3; ++i) {
        if (i > 0) CHECK(d.apply(30'010, ShowQuestion{}).empty());
        CHECK(d.apply(30'010, Judge{true}).empty());
        CHECK(d.apply(30'010, Next{}).empty());
    }
    CHECK(d.apply(31'000, ShowQuestion{}).empty());
    CHECK(d.apply(32'000, OpenBuzzing{}).empty());
    CHECK(d.apply(42'000, TimeOut{}).empty());
    CHECK(d.state().outcome == Outcome::Void);
    CHECK(d.apply(42'001, Undo{}).empty());
    CHECK(d.state().phase == Phase::BuzzOpen);
    CHECK(d.apply(42'002, Undo{}).empty());
    CHECK(d.state().phase == Phase::Shown);
    CHECK(d.apply(42'500, Buzz{kRed}).empty());  // buzzing is closed again: a foul
    CHECK(d.scores() == Scores{95, 110, 110});
}
