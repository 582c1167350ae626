// The screenshot tour's pictures of the 培训班 page: training-classes, training-class-dialog,
// training-attendance and training-import-result, on a demo class of the demo plant's people.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourTrainingClasses(TourCamera& camera);

}  // namespace tqm::gui
