// The words the live competition screens show for what the engine reports in codes: round
// kinds, phases, outcomes, events and refusals, and the competition file's problems.
#pragma once

#include <wx/string.h>

#include "base/diagnostic.h"
#include "compete/live_engine.h"
#include "compete/live_event.h"
#include "compete/live_state.h"
#include "compete/team_contest.h"

namespace tqm::gui {

wxString roundKindText(compete::RoundKind kind);
// What the host is waiting for, e.g. "Buzzing is open".
wxString phaseText(const compete::TeamContest& contest, const compete::LiveState& state);
wxString outcomeText(compete::Outcome outcome);
// The team's name as the file gives it.
wxString teamText(const compete::TeamContest& contest, std::size_t team);
// One event as the log and the undo button name it, e.g. "Right", "Stake 20", "Buzz".
wxString eventText(const compete::TeamContest& contest, const compete::EventBody& body);
// Why the engine refused an event, in the user's words.
wxString refusalText(const compete::TeamContest& contest, const compete::LiveState& state,
                     const compete::Refusal& refusal);
// A problem of a competition file, in the user's words.
wxString contestProblemText(const Diagnostic& problem);
// "12.345 s" on the competition's timeline.
wxString timelineText(std::int64_t atMs);

}  // namespace tqm::gui
