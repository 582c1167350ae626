// A live team competition (团体赛) as its file describes it: the teams with their buzzer keys,
// the starting score and the ordered rounds, each with its kind, its rules and its questions.
// Plain data: the reader fills it (team_contest_reader.h), the engine plays it (live_engine.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tqm::compete {

enum class RoundKind {
    Required,  // 必答: each team in turn answers its own question
    BuzzIn,    // 抢答: the first valid buzz after the host opens buzzing wins the right to answer
    Risk,   // 风险: the team in turn stakes a value (or passes); right adds it, wrong deducts it
    Speed,  // 限时速答: the team in turn answers as many questions as it can in a fixed time
};

// "required", "buzz-in", "risk", "speed": the element names of the competition file.
std::string_view roundKindName(RoundKind kind);

struct Team {
    std::string id;    // stable, unique in the file; events name teams by it
    std::string name;  // shown on the scoreboard, e.g. 红队; unique too, so scripts may use it
    std::vector<std::string> members;
    std::string colour;     // "#RRGGBB"
    std::string buzzerKey;  // the key its buzzer sends, e.g. "1" or "F1"; unique
};

struct ContestQuestion {
    std::string id;      // the bank question's id; empty for a question written in the file
    std::string text;    // as the projector shows it (choices included)
    std::string answer;  // as the host console shows it
};

// Every setting a round may have; each kind reads only its own (see the XSD).
struct RoundRules {
    int points = 10;           // required, buzz-in, speed: for a right answer
    int deduction = 0;         // required, buzz-in, speed: taken for a wrong answer (>= 0)
    int foulPenalty = 0;       // buzz-in: taken for a buzz before buzzing opened (>= 0)
    bool foulBars = true;      // buzz-in: a team that fouled may not buzz on that question
    bool rebound = false;      // buzz-in: after a wrong answer buzzing reopens to the others
    int windowSeconds = 10;    // buzz-in: how long buzzing stays open
    int answerSeconds = 30;    // required, buzz-in, risk: time to answer
    std::vector<int> values;   // risk: the stakes a team may choose, e.g. 10 20 30
    bool passAllowed = true;   // risk: a team may decline its turn
    int durationSeconds = 60;  // speed: each team's time
};

struct Round {
    RoundKind kind = RoundKind::Required;
    std::string title;  // e.g. 第一轮 必答题
    RoundRules rules;
    std::vector<ContestQuestion> questions;
};

struct TeamContest {
    std::string title;
    int startingScore = 0;
    std::string bankFile;  // as written in the file (relative to it), empty when none
    std::vector<Team> teams;
    std::vector<Round> rounds;

    // The team whose id or name is `idOrName`.
    std::optional<std::size_t> findTeam(std::string_view idOrName) const;
    // The team whose buzzer sends `key`.
    std::optional<std::size_t> teamForKey(std::string_view key) const;
};

}  // namespace tqm::compete
