// The competitions area's pictures: compete-contests.png (the competitions and the ranking of a
// merged demo competition) and compete-merge-result.png (the report of merging four packages:
// two merged, one already merged, one altered and refused).
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourCompetitions(TourCamera& camera);

}  // namespace tqm::gui
