// 竞赛 Competitions: the organizer's area for knowledge competitions, one tab per kind. The
// first tab, 个人赛, runs individual contests across workstations (compete/contest_page.h); the
// second, 团体赛, the live team competition with its host console and projector
// (compete/live/live_competition_panel.h).
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "compete/contest_page.h"
#include "compete/live/live_competition_panel.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CompetitionsPanel : public wxPanel {
  public:
    CompetitionsPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads what the tabs show again (when the screen is shown).
    void refresh();

    wxNotebook* tabs() const { return tabs_; }
    ContestPage* contests() const { return contests_; }
    LiveCompetitionPanel* live() const { return live_; }

  private:
    wxNotebook* tabs_ = nullptr;
    ContestPage* contests_ = nullptr;
    LiveCompetitionPanel* live_ = nullptr;
};

}  // namespace tqm::gui
