// The People tab's picture for the screenshot tour: admin-people.png, the roster after an import
// of the demo roster with two bad rows added, so that the problem list is seen too.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourPeople(TourCamera& camera);

}  // namespace tqm::gui
