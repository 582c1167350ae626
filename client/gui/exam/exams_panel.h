// 考试 Exams: the open exams of the person signed in, with time limit and attempts left; starting
// or resuming one opens the focused exam view, and a finished attempt shows its result page.
#pragma once

#include <wx/panel.h>

#include "learn/learner_workspace.h"

namespace tqm::gui {

class ExamsPanel : public wxPanel {
  public:
    ExamsPanel(wxWindow* parent, LearnerWorkspace& workspace);

  private:
    LearnerWorkspace& workspace_;
};

}  // namespace tqm::gui
