#include "exam/timer_policy.h"

#include <algorithm>

namespace tqm::exam {

std::string_view timerPolicyName(TimerPolicy policy) {
    return policy == TimerPolicy::DeadlineRuns ? "deadline-runs" : "paused-while-down";
}

std::optional<TimerPolicy> timerPolicyFromName(std::string_view name) {
    if (name == "deadline-runs") return TimerPolicy::DeadlineRuns;
    if (name == "paused-while-down") return TimerPolicy::PausedWhileDown;
    return std::nullopt;
}

TimerState timerAt(const TimerInput& input, std::span<const Outage> outages, TimePoint now) {
    using std::chrono::milliseconds;
    TimerState state;
    state.deadline = input.start + input.limit + input.extra;
    if (input.policy == TimerPolicy::PausedWhileDown) {
        for (const Outage& outage : outages) {
            if (outage.lastHeartbeat >= state.deadline) break;
            const auto down = std::chrono::duration_cast<milliseconds>(
                std::max(outage.restartedAt - outage.lastHeartbeat, TimePoint::duration{0}));
            state.deadline += down;
            state.paused += down;
        }
    }
    state.expired = now >= state.deadline;
    state.remaining = state.expired
                          ? milliseconds{0}
                          : std::chrono::duration_cast<milliseconds>(state.deadline - now);
    const TimePoint end = std::min(now, state.deadline);
    state.used =
        std::max(std::chrono::duration_cast<milliseconds>(end - input.start) - state.paused,
                 milliseconds{0});
    return state;
}

}  // namespace tqm::exam
