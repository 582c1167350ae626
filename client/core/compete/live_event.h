// What can happen in a live team round, one struct per kind. The log of a competition is a list
// of these, appended in order and never changed; the state is computed from it (live_engine.h).
// Teams are named by their index in the competition file's team list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace tqm::compete {

struct ShowQuestion {};  // the host shows the current question (required, buzz-in, risk)
struct OpenBuzzing {};   // buzz-in: buzzing opens now
struct Buzz {            // a team's buzzer; the event's time is when the key went down
    std::size_t team = 0;
};
struct StartTimer {};  // starts the answer countdown (or a speed turn)
struct Judge {
    bool right = false;
};
struct ChooseRisk {  // risk: the team in turn stakes a value, or passes (no value)
    std::size_t team = 0;
    std::optional<int> value;
};
struct TimeOut {};  // the running countdown reached zero
struct Next {};     // on to the next question, turn or round
struct Adjust {     // a judge's correction of a team's score
    std::size_t team = 0;
    int delta = 0;
    std::string reason;
};
struct Undo {};  // cancels the last action that is still in effect

using EventBody = std::variant<ShowQuestion, OpenBuzzing, Buzz, StartTimer, Judge, ChooseRisk,
                               TimeOut, Next, Adjust, Undo>;

struct LiveEvent {
    // Milliseconds on the competition's monotonic timeline (a steady clock, continued across a
    // restart by the session): buzzes are ordered by it, never by the order they arrived in.
    std::int64_t atMs = 0;
    EventBody body;
};

// "show", "open", "buzz", "start-timer", "judge", "risk", "time-out", "next", "adjust", "undo":
// the kind column of the event table and of exported logs.
std::string_view eventKindName(const EventBody& body);

}  // namespace tqm::compete
