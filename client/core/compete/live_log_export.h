// The event log of a live competition as people read it in a dispute: one row per event with
// its time, kind, team, what it did and every team's score after it; written as CSV or JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "compete/live_event.h"
#include "compete/team_contest.h"

namespace tqm::compete {

struct LoggedEvent {
    std::int64_t seq = 0;
    std::int64_t recordedAt = 0;  // Unix ms UTC
    LiveEvent event;
};

struct LogRow {
    std::int64_t seq = 0;
    std::int64_t recordedAt = 0;
    std::int64_t atMs = 0;
    std::string kind;
    std::optional<std::size_t> team;
    // "1200 ms after opening", "foul before opening", "right", "stake 20", "加分理由 (+5)",
    // "undoes #7 judge"; "refused: ..." for an event the rules do not accept.
    std::string detail;
    std::vector<int> scoresAfter;  // by team index
};

std::vector<LogRow> describeLog(const TeamContest& contest, std::span<const LoggedEvent> events);

// Header "seq,time,at_ms,kind,team,detail,<team name>..." then one row per event; UTF-8 with a
// byte order mark so that Excel opens the Chinese names correctly.
std::string logCsv(const TeamContest& contest, std::span<const LogRow> rows);

// {"title", "teams": [{"id","name"}...], "events": [{"seq","time","at_ms","kind","team",
// "detail","scores":{team id: score}}...]}
std::string logJson(const TeamContest& contest, std::span<const LogRow> rows);

}  // namespace tqm::compete
