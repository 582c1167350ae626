// The settings' pictures for the screenshot tour: settings.png (the dialog over the window) and
// learn-catalog-large-font.png (the course catalog at the largest font size, to check that
// nothing is clipped when older workers enlarge the text).
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

// Expects someone signed in (the catalog shows their progress); leaves the standard font size.
void tourSettings(TourCamera& camera);

}  // namespace tqm::gui
