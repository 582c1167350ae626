// The screenshot tour's pictures of the 报表 area, in the main window: reports-person,
// reports-class, reports-hours, reports-summary (its chart shown) and reports-export (a finished
// export), on the demo plant's training class 2026-Q4-01 and its people.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourReports(TourCamera& camera);

}  // namespace tqm::gui
