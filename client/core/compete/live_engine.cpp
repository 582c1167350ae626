// The engine's bookkeeping: applying, undoing by folding again, and the events every round
// shares (next, adjust). The rules of each round kind are in live_round_rules.cpp.
#include "compete/live_engine.h"

#include "compete/live_round_rules.h"

namespace tqm::compete {

namespace {

LiveState initialState(const TeamContest& contest) {
    LiveState state;
    state.scores.assign(contest.teams.size(), contest.startingScore);
    if (contest.rounds.empty()) state.phase = Phase::Finished;
    state.buzz.reset(contest.teams.size());
    return state;
}

}  // namespace

LiveEngine::LiveEngine(const TeamContest& contest)
    : contest_(contest), state_(initialState(contest)) {}

void LiveEngine::reset() {
    inEffect_.clear();
    state_ = initialState(contest_);
}

std::optional<Refusal> LiveEngine::apply(const LiveEvent& event) {
    if (std::holds_alternative<Undo>(event.body)) {
        if (inEffect_.empty()) return Refusal{"nothing-to-undo", "there is nothing to undo"};
        inEffect_.pop_back();
        refold();
        return std::nullopt;
    }
    if (auto refusal = act(event)) return refusal;
    inEffect_.push_back(event);
    return std::nullopt;
}

std::optional<Refusal> LiveEngine::act(const LiveEvent& event) {
    RoundRulesContext rules{contest_, state_};
    return rules.apply(event);
}

void LiveEngine::refold() {
    state_ = initialState(contest_);
    for (const LiveEvent& event : inEffect_) {
        [[maybe_unused]] const auto refusal = act(event);
        // Every event in effect was accepted from this same state once, so it is again.
    }
}

std::optional<Refusal> wouldRefuse(const LiveEngine& engine, const LiveEvent& event) {
    LiveEngine trial(engine);
    return trial.apply(event);
}

FoldResult fold(const TeamContest& contest, std::span<const LiveEvent> events) {
    LiveEngine engine(contest);
    FoldResult result;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (auto refusal = engine.apply(events[i])) {
            result.refused = std::pair{i, std::move(*refusal)};
            break;
        }
    }
    result.state = engine.state();
    return result;
}

}  // namespace tqm::compete
