// Where a live competition stands: what the host console and the projector show. Computed only by
// folding the event log (live_engine.h); nothing here is stored on its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compete/buzz_arbiter.h"
#include "compete/team_contest.h"

namespace tqm::compete {

enum class Phase {
    Ready,         // before the current question (or turn) begins
    RiskChosen,    // risk: the team in turn has staked a value; the question is not shown yet
    Shown,         // the question is shown: the team in turn answers (required, risk), or the
                   // host reads it before opening buzzing (buzz-in)
    BuzzOpen,      // buzz-in: waiting for a buzz
    Answering,     // buzz-in: the winner of the buzz answers
    SpeedRunning,  // speed: the team in turn answers question after question against the clock
    Closed,        // the question or turn is decided; `next` goes on
    Finished,      // after the last round
};

// How the current question or turn ended.
enum class Outcome { None, Right, Wrong, TimeUp, Void, Passed, OutOfQuestions };

struct LiveState {
    std::vector<int> scores;  // by team index
    std::size_t round = 0;
    std::size_t question = 0;  // index into the round's questions
    std::size_t turn = 0;      // required, risk, speed: the turns taken in this round
    Phase phase = Phase::Ready;
    Outcome outcome = Outcome::None;
    std::optional<std::size_t> answering;  // the team answering now (or in turn)
    std::optional<int> stake;              // risk: the value staked
    std::optional<std::int64_t> timerStartedAtMs;
    std::int64_t shownAtMs = 0;
    BuzzArbiter buzz;    // buzz-in: the current question's presses
    int speedRight = 0;  // speed: this turn's right and wrong answers
    int speedWrong = 0;
};

std::string_view phaseName(Phase phase);        // "ready", "risk-chosen", "shown", ...
std::string_view outcomeName(Outcome outcome);  // "none", "right", "wrong", "time-up", ...

// The team whose turn it is in a required, risk or speed round.
std::size_t teamInTurn(const TeamContest& contest, const LiveState& state);

// When the running countdown reaches zero on the competition's timeline: the buzz window, the
// answer time after start-timer, or a speed turn's time; nothing when no countdown runs. The
// console sends time-out when it passes; the projector counts down to it.
std::optional<std::int64_t> deadlineMs(const TeamContest& contest, const LiveState& state);

// The question on screen, if any.
const ContestQuestion* currentQuestion(const TeamContest& contest, const LiveState& state);

struct Standing {
    std::size_t rank = 1;  // teams with equal scores share a rank: 1, 1, 3
    std::size_t team = 0;
    int score = 0;
};

// Highest score first; equal scores in the file's team order.
std::vector<Standing> standings(const LiveState& state);

}  // namespace tqm::compete
