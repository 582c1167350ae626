// The screenshot tour's pictures of 管理 → 试卷与考试: admin-blueprint.png (the demo blueprint in
// the editor), admin-exams.png (an exam made from it), admin-preview.png (the paper of seed 42)
// and admin-marking.png (the marking queue of two submitted attempts with essays). The exam and
// its attempts are made through the core in the tour's in-memory database.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourPapers(TourCamera& camera);

}  // namespace tqm::gui
