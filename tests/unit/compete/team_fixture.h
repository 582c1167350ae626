// Small competitions for the engine tests: three teams (红队 key 1, 蓝队 key 2, 绿队 key 3)
// starting at 100, and one round of the kind a test needs, built in code.
#pragma once

#include <initializer_list>
#include <string>

#include "compete/live_engine.h"
#include "compete/team_contest.h"

namespace tqm::compete::test {

inline constexpr std::size_t kRed = 0;
inline constexpr std::size_t kBlue = 1;
inline constexpr std::size_t kGreen = 2;

inline Round roundOf(RoundKind kind, RoundRules rules, int questions) {
    Round round{kind, std::string(roundKindName(kind)), std::move(rules), {}};
    for (int i = 1; i <= questions; ++i)
        round.questions.push_back(
            {"", "question " + std::to_string(i), "answer " + std::to_string(i)});
    return round;
}

inline TeamContest contestOf(std::initializer_list<Round> rounds) {
    TeamContest contest;
    contest.title = "测试赛";
    contest.startingScore = 100;
    contest.teams = {{"red", "红队", {}, "#D32F2F", "1"},
                     {"blue", "蓝队", {}, "#1976D2", "2"},
                     {"green", "绿队", {}, "#388E3C", "3"}};
    contest.rounds = rounds;
    return contest;
}

// Applies events that must be accepted; returns the first refusal's message otherwise.
class Driver {
  public:
    explicit Driver(const TeamContest& contest) : engine(contest) {}

    std::string apply(std::int64_t atMs, EventBody body) {
        const auto refusal = engine.apply({atMs, std::move(body)});
        return refusal ? refusal->code + ": " + refusal->message : std::string();
    }
    std::vector<int> scores() const { return engine.state().scores; }
    const LiveState& state() const { return engine.state(); }

    LiveEngine engine;
};

}  // namespace tqm::compete::test
