// The results screens in the screenshot tour: admin-results.png (the table with its charts) and
// admin-item-analysis.png, over an exam sat by the demo roster in the tour's own database.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourResults(TourCamera& camera);

}  // namespace tqm::gui
