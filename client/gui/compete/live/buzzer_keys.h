// Buzzer keys: USB buzzer boxes present themselves as keyboards, so a buzz is a key press. A
// plain key (no Ctrl or Alt) whose name matches a team's key in the competition file is that
// team's buzz; the host's own shortcuts all use Ctrl, so they never collide with a buzzer.
#pragma once

#include <optional>
#include <string>

#include <wx/event.h>

#include "compete/team_contest.h"

namespace tqm::gui {

// The key's name as competition files write it: "1", "A", "F1", "SPACE"; nothing for a key
// pressed with Ctrl or Alt, or one without a name.
std::optional<std::string> buzzerKeyName(const wxKeyEvent& event);

// The team whose buzzer key (compared without regard to case) is `name`.
std::optional<std::size_t> teamForKeyName(const compete::TeamContest& contest,
                                          const std::string& name);

}  // namespace tqm::gui
