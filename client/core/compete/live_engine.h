// The rules of a live team competition. Every event is checked against the current phase and
// round; an event the rules do not allow is refused with a reason and changes nothing. The state
// is the fold of the events in effect: an undo removes the last of them and the state is folded
// again, so the log itself stays append-only and scores come from nothing but the log.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "compete/live_event.h"
#include "compete/live_state.h"
#include "compete/team_contest.h"

namespace tqm::compete {

// Why an event was refused. `code` is stable (the GUI translates by it); `message` is English
// and names the teams and values involved.
struct Refusal {
    std::string code;  // wrong-phase, wrong-round, unknown-team, not-in-turn, barred,
                       // already-buzzed, window-closed, not-a-stake, pass-not-allowed,
                       // timer-running, no-timer, time-is-up, no-questions-left, empty-reason,
                       // zero-adjustment, nothing-to-undo; LiveSession::pressKey adds
                       // unknown-key
    std::string message;

    bool operator==(const Refusal&) const = default;
};

class LiveEngine {
  public:
    // `contest` must outlive the engine.
    explicit LiveEngine(const TeamContest& contest);

    // Applies `event` when the rules allow it; otherwise returns why not and changes nothing.
    std::optional<Refusal> apply(const LiveEvent& event);

    // Back to the start: no events in effect.
    void reset();

    const LiveState& state() const { return state_; }
    const TeamContest& contest() const { return contest_; }
    // The actions in effect, oldest first (undone ones and the undos themselves are not here).
    const std::vector<LiveEvent>& inEffect() const { return inEffect_; }

  private:
    std::optional<Refusal> act(const LiveEvent& event);
    void refold();

    const TeamContest& contest_;
    LiveState state_;
    std::vector<LiveEvent> inEffect_;
};

// Why `engine` would refuse `event`, leaving the engine as it is (it tries the event on a copy).
std::optional<Refusal> wouldRefuse(const LiveEngine& engine, const LiveEvent& event);

// The state after `events` (a stored log). Stops at the first refused event and returns it with
// its index, which only happens when the log was not written by this engine.
struct FoldResult {
    LiveState state;
    std::optional<std::pair<std::size_t, Refusal>> refused;
};
FoldResult fold(const TeamContest& contest, std::span<const LiveEvent> events);

}  // namespace tqm::compete
