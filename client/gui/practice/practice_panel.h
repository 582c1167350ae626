// 练习 Practice: choosing a course or category to practise, one question at a time with the
// answer checked at once, and the wrong-answer book (错题本) with today's reviews.
#pragma once

#include <wx/panel.h>

#include "learn/learner_workspace.h"

namespace tqm::gui {

class PracticePanel : public wxPanel {
  public:
    PracticePanel(wxWindow* parent, LearnerWorkspace& workspace);

  private:
    LearnerWorkspace& workspace_;
};

}  // namespace tqm::gui
