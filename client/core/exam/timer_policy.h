// How much time an attempt has: its deadline, the time left and the time used, from the time
// limit, the extra time granted, the start, the exam's policy for time while the program was down
// and the restarts seen so far. Pure arithmetic on times given; nothing here reads a clock.
//
// Heartbeat rule: the running program records a heartbeat with every answer and at least every
// few seconds (the caller's interval is the granularity). When the program stops without a word
// (power cut, crash), the stop is only known to have happened some time after the last heartbeat,
// so the whole span from the last heartbeat to the restart counts as down. Under
// paused-while-down that span is given back: a restart adds it to the deadline. Under
// deadline-runs nothing is given back: the deadline is start + limit + extra, wall clock.
// A span that begins at or after the deadline gives nothing back: the attempt had already ended.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "base/clock.h"

namespace tqm::exam {

enum class TimerPolicy : std::uint8_t {
    DeadlineRuns,     // "deadline-runs": the deadline is fixed when the attempt starts
    PausedWhileDown,  // "paused-while-down": time while the program was down does not count
};

std::string_view timerPolicyName(TimerPolicy policy);
std::optional<TimerPolicy> timerPolicyFromName(std::string_view name);

// The program was down between the last heartbeat it recorded and a restart.
struct Outage {
    TimePoint lastHeartbeat;
    TimePoint restartedAt;
};

struct TimerInput {
    std::chrono::milliseconds limit{0};
    std::chrono::milliseconds extra{0};  // every grant for this person, summed
    TimePoint start;
    TimerPolicy policy = TimerPolicy::DeadlineRuns;
};

struct TimerState {
    TimePoint deadline;
    std::chrono::milliseconds paused{0};     // given back for outages (paused-while-down only)
    std::chrono::milliseconds remaining{0};  // 0 once the deadline is reached
    std::chrono::milliseconds used{0};       // counted time from the start to now or the deadline
    bool expired = false;                    // now >= deadline
};

// The timer at `now` after `outages`, oldest first. An outage that began at or after the deadline
// as it stood then gives no time back.
TimerState timerAt(const TimerInput& input, std::span<const Outage> outages, TimePoint now);

}  // namespace tqm::exam
