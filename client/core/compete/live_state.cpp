#include "compete/live_state.h"

#include <algorithm>
#include <numeric>

namespace tqm::compete {

std::string_view phaseName(Phase phase) {
    switch (phase) {
        case Phase::Ready:
            return "ready";
        case Phase::RiskChosen:
            return "risk-chosen";
        case Phase::Shown:
            return "shown";
        case Phase::BuzzOpen:
            return "buzz-open";
        case Phase::Answering:
            return "answering";
        case Phase::SpeedRunning:
            return "speed-running";
        case Phase::Closed:
            return "closed";
        case Phase::Finished:
            return "finished";
    }
    return "ready";
}

std::string_view outcomeName(Outcome outcome) {
    switch (outcome) {
        case Outcome::None:
            return "none";
        case Outcome::Right:
            return "right";
        case Outcome::Wrong:
            return "wrong";
        case Outcome::TimeUp:
            return "time-up";
        case Outcome::Void:
            return "void";
        case Outcome::Passed:
            return "passed";
        case Outcome::OutOfQuestions:
            return "out-of-questions";
    }
    return "none";
}

std::size_t teamInTurn(const TeamContest& contest, const LiveState& state) {
    return contest.teams.empty() ? 0 : state.turn % contest.teams.size();
}

std::optional<std::int64_t> deadlineMs(const TeamContest& contest, const LiveState& state) {
    constexpr std::int64_t kMsPerSecond = 1000;
    if (state.phase == Phase::Finished) return std::nullopt;
    const RoundRules& rules = contest.rounds.at(state.round).rules;
    switch (state.phase) {
        case Phase::BuzzOpen:
            return state.buzz.openedAtMs() + rules.windowSeconds * kMsPerSecond;
        case Phase::SpeedRunning:
            return *state.timerStartedAtMs + rules.durationSeconds * kMsPerSecond;
        case Phase::Shown:
        case Phase::Answering:
            if (state.timerStartedAtMs)
                return *state.timerStartedAtMs + rules.answerSeconds * kMsPerSecond;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

const ContestQuestion* currentQuestion(const TeamContest& contest, const LiveState& state) {
    if (state.phase == Phase::Ready || state.phase == Phase::RiskChosen ||
        state.phase == Phase::Finished || state.outcome == Outcome::Passed ||
        state.outcome == Outcome::OutOfQuestions)
        return nullptr;
    const Round& round = contest.rounds.at(state.round);
    if (round.kind == RoundKind::Speed && state.phase != Phase::SpeedRunning) return nullptr;
    return state.question < round.questions.size() ? &round.questions[state.question] : nullptr;
}

std::vector<Standing> standings(const LiveState& state) {
    std::vector<std::size_t> order(state.scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return state.scores[a] > state.scores[b];
    });
    std::vector<Standing> table;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int score = state.scores[order[i]];
        const std::size_t rank = i > 0 && table.back().score == score ? table.back().rank : i + 1;
        table.push_back({rank, order[i], score});
    }
    return table;
}

}  // namespace tqm::compete
