// What the projector shows at one moment, made by the host console from the competition's state
// (projector_view.cpp) and painted by the projector (projector_canvas.h). Never the answer.
#pragma once

#include <optional>
#include <vector>

#include <wx/colour.h>
#include <wx/string.h>

#include "compete/live_state.h"
#include "compete/team_contest.h"

namespace tqm::gui {

struct ProjectorTeam {
    wxString name;
    wxColour colour;
    int score = 0;
    std::size_t rank = 1;
};

struct ProjectorView {
    wxString title;       // the competition's
    wxString roundTitle;  // e.g. 第二轮 抢答题 · 抢答
    wxString status;      // e.g. "Buzzing is open"
    wxString question;    // empty while no question is shown
    std::optional<int> secondsLeft;
    std::optional<ProjectorTeam> buzzed;  // who won the buzz, in the team's colour
    std::vector<ProjectorTeam> teams;     // in the file's order
    bool finished = false;                // shows the podium
};

// The view of `state` at `nowMs` on the competition's timeline.
ProjectorView projectorViewOf(const compete::TeamContest& contest, const compete::LiveState& state,
                              std::int64_t nowMs);

// "#D32F2F" as a colour; grey for text that is not a colour.
wxColour teamColour(const std::string& hex);

// Seconds left shown on the countdown: rounded up, so that 0 appears only at the deadline.
int secondsLeftOf(std::int64_t deadlineMs, std::int64_t nowMs);

}  // namespace tqm::gui
