// 竞赛 Competitions: the organizer's area for knowledge competitions, one tab per kind. The
// first tab, 个人赛, runs individual contests across workstations (compete/contest_page.h);
// other kinds add their own tab through tabs().
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "compete/contest_page.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CompetitionsPanel : public wxPanel {
  public:
    CompetitionsPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads what the tabs show again (when the screen is shown).
    void refresh();

    wxNotebook* tabs() const { return tabs_; }
    ContestPage* contests() const { return contests_; }

  private:
    wxNotebook* tabs_ = nullptr;
    ContestPage* contests_ = nullptr;
};

}  // namespace tqm::gui
