// The screenshot tour's organizer part: organizer-password.png, the dialog that sets the first
// organizer password; then the tour sets its own password in its in-memory database and unlocks,
// so that the question bank and admin screens can be shown.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourOrganizerPassword(TourCamera& camera);

}  // namespace tqm::gui
