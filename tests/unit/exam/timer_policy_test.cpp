// The two timer policies: a deadline that runs on the wall clock whatever happens, and a deadline
// that moves by the time the program was down (from the last heartbeat to the restart).
#include <catch2/catch.hpp>

#include "exam/timer_policy.h"

using namespace std::chrono_literals;
using tqm::TimePoint;
using tqm::exam::Outage;
using tqm::exam::timerAt;
using tqm::exam::TimerInput;
using tqm::exam::TimerPolicy;

namespace {

// 2026-11-24T10:30:00Z plus `offset`.
TimePoint at(std::chrono::milliseconds offset) {
    return tqm::fromUnixMillis(1795516200000) + offset;
}

TimerInput thirtyMinutes(TimerPolicy policy, std::chrono::milliseconds extra = 0ms) {
    return {30min, extra, at(0ms), policy};
}

}  // namespace

TEST_CASE("deadline-runs ends at start + limit + extra however long the program was down") {
    const Outage outage{at(10min), at(25min)};
    const auto timer =
        timerAt(thirtyMinutes(TimerPolicy::DeadlineRuns, 5min), {&outage, 1}, at(26min));
    CHECK(timer.deadline == at(35min));
    CHECK(timer.paused == 0ms);
    CHECK(timer.remaining == 9min);
    CHECK(timer.used == 26min);
    CHECK_FALSE(timer.expired);
}

TEST_CASE("paused-while-down gives back the time from the last heartbeat to the restart") {
    const Outage outage{at(10min), at(50min)};
    const auto timer =
        timerAt(thirtyMinutes(TimerPolicy::PausedWhileDown), {&outage, 1}, at(51min));
    CHECK(timer.deadline == at(70min));
    CHECK(timer.paused == 40min);
    CHECK(timer.remaining == 19min);
    CHECK(timer.used == 11min);
    CHECK_FALSE(timer.expired);
}

TEST_CASE("paused-while-down adds every outage, even one that ends after the first deadline") {
    const Outage outages[] = {{at(5min), at(6min)}, {at(20min), at(5h)}};
    const auto timer = timerAt(thirtyMinutes(TimerPolicy::PausedWhileDown), outages, at(5h));
    CHECK(timer.deadline == at(5h + 11min));
    CHECK(timer.paused == 1min + 5h - 20min);
    CHECK(timer.remaining == 11min);
    CHECK(timer.used == 19min);
}

TEST_CASE("an outage that begins at or after the deadline gives no time back") {
    const Outage outage{at(30min), at(2h)};
    const auto timer = timerAt(thirtyMinutes(TimerPolicy::PausedWhileDown), {&outage, 1}, at(2h));
    CHECK(timer.deadline == at(30min));
    CHECK(timer.paused == 0ms);
    CHECK(timer.remaining == 0ms);
    CHECK(timer.used == 30min);
    CHECK(timer.expired);
}

TEST_CASE("the time is up exactly at the deadline, not a millisecond later") {
    const auto before = timerAt(thirtyMinutes(TimerPolicy::DeadlineRuns), {}, at(30min - 1ms));
    CHECK_FALSE(before.expired);
    CHECK(before.remaining == 1ms);
    const auto onTime = timerAt(thirtyMinutes(TimerPolicy::DeadlineRuns), {}, at(30min));
    CHECK(onTime.expired);
    CHECK(onTime.remaining == 0ms);
    CHECK(onTime.used == 30min);
}

TEST_CASE("timer policies are stored by name and only known names read back") {
    CHECK(tqm::exam::timerPolicyName(TimerPolicy::DeadlineRuns) == "deadline-runs");
    CHECK(tqm::exam::timerPolicyName(TimerPolicy::PausedWhileDown) == "paused-while-down");
    CHECK(tqm::exam::timerPolicyFromName("paused-while-down") == TimerPolicy::PausedWhileDown);
    CHECK(tqm::exam::timerPolicyFromName("deadline-runs") == TimerPolicy::DeadlineRuns);
    CHECK_FALSE(tqm::exam::timerPolicyFromName("paused").has_value());
}
