// The screenshot tour's pictures of the live team competition, on the demo competition in the
// tour's own database: compete-host (the console mid-question with a buzz order),
// compete-projector (the projector with a question, its countdown and the scoreboard),
// compete-podium (the projector after the last round) and compete-list (the competitions in
// the database, to continue one).
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourLiveCompetition(TourCamera& camera);

}  // namespace tqm::gui
