#include "compete/live_round_rules.h"

#include <algorithm>
#include <string>

namespace tqm::compete {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

constexpr std::int64_t kMsPerSecond = 1000;

// What the host tried to do, as refusals name it.
std::string_view actionOf(const EventBody& body) {
    return std::visit(Overloaded{[](const ShowQuestion&) { return "show the question"; },
                                 [](const OpenBuzzing&) { return "open buzzing"; },
                                 [](const Buzz&) { return "buzz"; },
                                 [](const StartTimer&) { return "start the timer"; },
                                 [](const Judge&) { return "judge an answer"; },
                                 [](const ChooseRisk&) { return "choose a stake"; },
                                 [](const TimeOut&) { return "time out"; },
                                 [](const Next&) { return "go on to the next question"; },
                                 [](const Adjust&) { return "adjust a score"; },
                                 [](const Undo&) { return "undo"; }},
                      body);
}

}  // namespace

std::optional<Refusal> RoundRulesContext::apply(const LiveEvent& event) {
    const bool anytime = std::holds_alternative<Adjust>(event.body);
    if (state.phase == Phase::Finished && !anytime) return notNow(actionOf(event.body));
    return std::visit(
        Overloaded{[&](const ShowQuestion&) { return show(event); },
                   [&](const OpenBuzzing&) { return open(event); },
                   [&](const Buzz& press) { return buzz(event, press); },
                   [&](const StartTimer&) { return startTimer(event); },
                   [&](const Judge& verdict) { return judge(event, verdict.right); },
                   [&](const ChooseRisk& choice) { return chooseRisk(choice); },
                   [&](const TimeOut&) { return timeOut(event); },
                   [&](const Next&) { return next(); },
                   [&](const Adjust& adjustment) { return adjust(adjustment); },
                   [&](const Undo&) -> std::optional<Refusal> { return std::nullopt; }},
        event.body);
}

Refusal RoundRulesContext::notNow(std::string_view action) const {
    std::string why;
    const std::string inTurn =
        contest.teams.empty() ? std::string() : teamName(teamInTurn(contest, state));
    const RoundKind kind = state.phase == Phase::Finished ? RoundKind::Required : round().kind;
    switch (state.phase) {
        case Phase::Ready:
            why = kind == RoundKind::Risk    ? "it is " + inTurn + "'s turn to choose a stake"
                  : kind == RoundKind::Speed ? inTurn + "'s speed turn has not started"
                                             : "the question has not been shown";
            break;
        case Phase::RiskChosen:
            why = inTurn + " has staked " + std::to_string(state.stake.value_or(0)) +
                  " and the question has not been shown";
            break;
        case Phase::Shown:
            why = kind == RoundKind::BuzzIn ? "the question is being read and buzzing is not open"
                                            : inTurn + " is answering";
            break;
        case Phase::BuzzOpen:
            why = "buzzing is open";
            break;
        case Phase::Answering:
            why = teamName(state.answering.value_or(0)) + " is answering";
            break;
        case Phase::SpeedRunning:
            why = inTurn + "'s speed turn is running";
            break;
        case Phase::Closed:
            why = "the question is decided; go on with next";
            break;
        case Phase::Finished:
            why = "the competition is over";
            break;
    }
    return {"wrong-phase", "cannot " + std::string(action) + " now: " + why};
}

namespace {

Refusal wrongRound(std::string_view action, RoundKind needed, std::size_t index,
                   const Round& round) {
    return {"wrong-round", std::string(action) + " belongs to a " +
                               std::string(roundKindName(needed)) + " round; round " +
                               std::to_string(index + 1) + " \"" + round.title + "\" is a " +
                               std::string(roundKindName(round.kind)) + " round"};
}

}  // namespace

void RoundRulesContext::close(Outcome outcome) {
    state.phase = Phase::Closed;
    state.outcome = outcome;
    state.timerStartedAtMs.reset();
    state.buzz.close();
}

std::optional<Refusal> RoundRulesContext::show(const LiveEvent& event) {
    const RoundKind kind = round().kind;
    if (kind == RoundKind::Speed)
        return Refusal{"wrong-round",
                       "in a speed round the questions follow each other once the timer starts"};
    const bool ready =
        kind == RoundKind::Risk ? state.phase == Phase::RiskChosen : state.phase == Phase::Ready;
    if (!ready) return notNow("show the question");
    state.phase = Phase::Shown;
    state.shownAtMs = event.atMs;
    if (kind == RoundKind::BuzzIn)
        state.buzz.reset(contest.teams.size());
    else
        state.answering = teamInTurn(contest, state);
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::open(const LiveEvent& event) {
    if (round().kind != RoundKind::BuzzIn)
        return wrongRound("open", RoundKind::BuzzIn, state.round, round());
    if (state.phase != Phase::Shown) return notNow("open buzzing");
    state.buzz.open(event.atMs, round().rules.windowSeconds * kMsPerSecond);
    state.phase = Phase::BuzzOpen;
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::buzz(const LiveEvent& event, const Buzz& press) {
    if (press.team >= contest.teams.size())
        return Refusal{"unknown-team", "no team has index " + std::to_string(press.team)};
    if (round().kind != RoundKind::BuzzIn)
        return wrongRound("buzz", RoundKind::BuzzIn, state.round, round());
    const bool live = state.phase == Phase::Shown || state.phase == Phase::BuzzOpen ||
                      state.phase == Phase::Answering;
    if (!live) return notNow("buzz");
    const RoundRules& rules = round().rules;
    const std::string& name = teamName(press.team);
    switch (state.buzz.offer(press.team, event.atMs, rules.foulBars)) {
        case BuzzVerdict::Barred:
            return Refusal{"barred", name + " may not buzz on this question any more"};
        case BuzzVerdict::AlreadyBuzzed:
            return Refusal{"already-buzzed", name + " has already buzzed"};
        case BuzzVerdict::WindowClosed:
            return Refusal{"window-closed",
                           name + " buzzed " +
                               std::to_string(event.atMs - state.buzz.openedAtMs()) +
                               " ms after opening, after the " +
                               std::to_string(rules.windowSeconds) + " s window closed"};
        case BuzzVerdict::Foul:
            state.scores[press.team] -= rules.foulPenalty;
            break;
        case BuzzVerdict::Valid:
            // A press that reached us late but went down earlier takes the answer over.
            if (state.answering != state.buzz.winner()) state.timerStartedAtMs.reset();
            state.answering = state.buzz.winner();
            state.phase = Phase::Answering;
            break;
    }
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::startTimer(const LiveEvent& event) {
    const RoundKind kind = round().kind;
    const bool ready = kind == RoundKind::Speed    ? state.phase == Phase::Ready
                       : kind == RoundKind::BuzzIn ? state.phase == Phase::Answering
                                                   : state.phase == Phase::Shown;
    if (!ready) {
        if (state.timerStartedAtMs) return Refusal{"timer-running", "the timer is already running"};
        return notNow("start the timer");
    }
    if (state.timerStartedAtMs) return Refusal{"timer-running", "the timer is already running"};
    if (kind == RoundKind::Speed && state.question >= round().questions.size())
        return Refusal{"no-questions-left", "no questions are left in this round"};
    state.timerStartedAtMs = event.atMs;
    if (kind == RoundKind::Speed) {
        state.phase = Phase::SpeedRunning;
        state.answering = teamInTurn(contest, state);
        state.speedRight = state.speedWrong = 0;
    }
    return std::nullopt;
}

void RoundRulesContext::buzzWrong(const LiveEvent& event, Outcome outcome) {
    const RoundRules& rules = round().rules;
    const std::size_t team = state.answering.value_or(0);
    state.scores[team] -= rules.deduction;
    state.buzz.bar(team);
    state.timerStartedAtMs.reset();
    if (rules.rebound && state.buzz.anyoneLeft()) {
        state.buzz.open(event.atMs, rules.windowSeconds * kMsPerSecond);
        state.answering.reset();
        state.phase = Phase::BuzzOpen;
        return;
    }
    close(outcome);
}

std::optional<Refusal> RoundRulesContext::judge(const LiveEvent& event, bool right) {
    const Round& current = round();
    const RoundRules& rules = current.rules;
    const std::string action = right ? "judge an answer right" : "judge an answer wrong";
    switch (current.kind) {
        case RoundKind::Required:
        case RoundKind::Risk: {
            if (state.phase != Phase::Shown) return notNow(action);
            const int value = current.kind == RoundKind::Risk
                                  ? state.stake.value_or(0)
                                  : (right ? rules.points : rules.deduction);
            state.scores[teamInTurn(contest, state)] += right ? value : -value;
            close(right ? Outcome::Right : Outcome::Wrong);
            return std::nullopt;
        }
        case RoundKind::BuzzIn:
            if (state.phase != Phase::Answering) return notNow(action);
            if (!right) {
                buzzWrong(event, Outcome::Wrong);
                return std::nullopt;
            }
            state.scores[*state.answering] += rules.points;
            close(Outcome::Right);
            return std::nullopt;
        case RoundKind::Speed: {
            if (state.phase != Phase::SpeedRunning) return notNow(action);
            const std::int64_t end = *state.timerStartedAtMs + rules.durationSeconds * kMsPerSecond;
            if (event.atMs > end)
                return Refusal{"time-is-up", "the answer came " + std::to_string(event.atMs - end) +
                                                 " ms after " + teamName(*state.answering) +
                                                 "'s time was up"};
            state.scores[*state.answering] += right ? rules.points : -rules.deduction;
            ++(right ? state.speedRight : state.speedWrong);
            if (++state.question >= current.questions.size()) close(Outcome::OutOfQuestions);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::chooseRisk(const ChooseRisk& choice) {
    if (choice.team >= contest.teams.size())
        return Refusal{"unknown-team", "no team has index " + std::to_string(choice.team)};
    if (round().kind != RoundKind::Risk)
        return wrongRound("risk", RoundKind::Risk, state.round, round());
    if (state.phase != Phase::Ready) return notNow("choose a stake");
    const std::size_t inTurn = teamInTurn(contest, state);
    if (choice.team != inTurn)
        return Refusal{"not-in-turn", "it is " + teamName(inTurn) + "'s turn, not " +
                                          teamName(choice.team) + "'s"};
    const RoundRules& rules = round().rules;
    if (!choice.value) {
        if (!rules.passAllowed)
            return Refusal{"pass-not-allowed", "this round does not allow passing"};
        state.stake.reset();
        state.answering = inTurn;
        close(Outcome::Passed);
        return std::nullopt;
    }
    if (std::find(rules.values.begin(), rules.values.end(), *choice.value) == rules.values.end()) {
        std::string offered;
        for (const int value : rules.values)
            offered += (offered.empty() ? "" : ", ") + std::to_string(value);
        return Refusal{"not-a-stake", std::to_string(*choice.value) +
                                          " is not a stake of this round; choose one of " +
                                          offered};
    }
    state.stake = choice.value;
    state.answering = inTurn;
    state.phase = Phase::RiskChosen;
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::timeOut(const LiveEvent& event) {
    switch (state.phase) {
        case Phase::BuzzOpen:  // nobody buzzed in the window: the question is void
            close(Outcome::Void);
            return std::nullopt;
        case Phase::SpeedRunning:  // the question on screen when time ran out is used up
            ++state.question;
            close(Outcome::TimeUp);
            return std::nullopt;
        case Phase::Shown:
            if (round().kind == RoundKind::BuzzIn) break;
            if (!state.timerStartedAtMs)
                return Refusal{"no-timer", "no countdown is running; start the timer first"};
            {
                const int value = round().kind == RoundKind::Risk ? state.stake.value_or(0)
                                                                  : round().rules.deduction;
                state.scores[teamInTurn(contest, state)] -= value;
            }
            close(Outcome::TimeUp);
            return std::nullopt;
        case Phase::Answering:
            if (!state.timerStartedAtMs)
                return Refusal{"no-timer", "no countdown is running; start the timer first"};
            buzzWrong(event, Outcome::TimeUp);
            return std::nullopt;
        default:
            break;
    }
    return notNow("time out");
}

std::optional<Refusal> RoundRulesContext::next() {
    if (state.phase != Phase::Closed) return notNow("go on to the next question");
    const Round& current = round();
    ++state.turn;
    bool roundOver = false;
    if (current.kind == RoundKind::Speed) {
        // Speed turns share the round's questions: each turn goes on where the last one stopped.
        roundOver =
            state.turn >= contest.teams.size() || state.question >= current.questions.size();
    } else {
        ++state.question;
        roundOver = state.question >= current.questions.size();
    }
    if (roundOver) {
        ++state.round;
        state.question = 0;
        state.turn = 0;
    }
    state.phase = Phase::Ready;
    if (state.round >= contest.rounds.size()) {
        state.round = contest.rounds.size() - 1;
        state.phase = Phase::Finished;
    }
    state.outcome = Outcome::None;
    state.answering.reset();
    state.stake.reset();
    state.timerStartedAtMs.reset();
    state.buzz.reset(contest.teams.size());
    state.speedRight = state.speedWrong = 0;
    return std::nullopt;
}

std::optional<Refusal> RoundRulesContext::adjust(const Adjust& adjustment) {
    if (adjustment.team >= contest.teams.size())
        return Refusal{"unknown-team", "no team has index " + std::to_string(adjustment.team)};
    if (adjustment.delta == 0)
        return Refusal{"zero-adjustment", "an adjustment of 0 changes nothing"};
    if (adjustment.reason.find_first_not_of(" \t") == std::string::npos)
        return Refusal{"empty-reason", "an adjustment needs a reason"};
    state.scores[adjustment.team] += adjustment.delta;
    return std::nullopt;
}

}  // namespace tqm::compete
