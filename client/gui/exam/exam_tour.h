// The exam screens in the screenshot tour: exams-list, exam-question (a multiple-choice question
// with answered and flagged cells), exam-ending (the countdown red), exam-submit (the
// confirmation naming the unanswered questions) and exam-result (with the category bars). The
// exam is made in the tour's database from question-bank/blueprints/tqm-demo-exam.xml.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourExams(TourCamera& camera);

}  // namespace tqm::gui
