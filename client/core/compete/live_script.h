// A scripted sequence of live events (tools/tqm/README.md, "Competition scripts"), one per line:
//   show | open | start | right | wrong | timeout | next | undo
//   buzz TEAM [+MS|-MS]      key KEY [+MS|-MS]      risk TEAM VALUE|pass
//   adjust TEAM +N|-N REASON (quoted when it has spaces)      wait MS
// TEAM is a team's id or name. The script keeps a clock that starts at 0: `wait` moves it on,
// a buzz's offset is from the clock without moving it (so presses can be listed out of order),
// and any other event happens at the latest moment seen so far. # starts a comment.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "compete/live_event.h"
#include "compete/team_contest.h"

namespace tqm::compete {

struct ScriptEvent {
    std::uint32_t line = 0;
    std::uint32_t column = 0;  // of the command word
    LiveEvent event;           // atMs from the script's start
};

struct ScriptParse {
    std::vector<ScriptEvent> events;
    std::vector<Diagnostic> diagnostics;  // every line with a problem
    bool ok() const { return !hasErrors(diagnostics); }
};

ScriptParse parseLiveScript(std::string fileName, std::string_view text,
                            const TeamContest& contest);

}  // namespace tqm::compete
