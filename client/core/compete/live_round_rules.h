// The rules of each round kind, applied to one event against the current state. Internal to the
// engine (live_engine.cpp); the state is changed only when the event is accepted.
#pragma once

#include <optional>

#include "compete/live_engine.h"

namespace tqm::compete {

struct RoundRulesContext {
    const TeamContest& contest;
    LiveState& state;

    std::optional<Refusal> apply(const LiveEvent& event);

  private:
    const Round& round() const { return contest.rounds.at(state.round); }
    const std::string& teamName(std::size_t team) const { return contest.teams.at(team).name; }
    Refusal notNow(std::string_view action) const;

    std::optional<Refusal> show(const LiveEvent& event);
    std::optional<Refusal> open(const LiveEvent& event);
    std::optional<Refusal> buzz(const LiveEvent& event, const Buzz& buzz);
    std::optional<Refusal> startTimer(const LiveEvent& event);
    std::optional<Refusal> judge(const LiveEvent& event, bool right);
    std::optional<Refusal> chooseRisk(const ChooseRisk& choice);
    std::optional<Refusal> timeOut(const LiveEvent& event);
    std::optional<Refusal> next();
    std::optional<Refusal> adjust(const Adjust& adjustment);

    // A wrong answer (or an answer time-out) by the team answering a buzz-in question.
    void buzzWrong(const LiveEvent& event, Outcome outcome);
    void close(Outcome outcome);
};

}  // namespace tqm::compete
