// The screenshot tour's 题库 management part: bank-import.png (the report after importing a
// Moodle XML file with two questions the bank cannot take), bank-import-line.png (the first
// problem's line in the file) and bank-edit.png (the question
// editor on a single-choice question of the loaded banks).
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourBankManagement(TourCamera& camera);

}  // namespace tqm::gui
