// The practice screens in the screenshot tour, and the learner's history they need: a little
// progress in two courses and a few wrong answers from days ago, so that Home and the
// wrong-answer book have reviews due today.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

// Records, through the core, what the tour's learner has done before today. Call it with a
// learner signed in, before Home's learner picture.
void preparePracticeTour(MainFrame& frame);

// practice-choose.png, practice-question.png (a multiple-choice question answered and explained),
// practice-matching.png (a matching question checked, one prompt wrong) and wrong-answer-book.png.
void tourPractice(TourCamera& camera);

}  // namespace tqm::gui
