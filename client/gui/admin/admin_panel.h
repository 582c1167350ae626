// 管理 Admin: the organizer's work, one tab each: papers and exams (blueprints, exams, extra time,
// essay marking), people (the roster), and results (per exam: table, charts, item analysis,
// exports). The question banks have their own screen. Shown only once an organizer has unlocked
// the organizer screens with the password.
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "admin/papers/papers_panel.h"
#include "admin/results/results_panel.h"
#include "admin/people/people_panel.h"
#include "bank_browser/bank_library.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class AdminPanel : public wxPanel {
  public:
    AdminPanel(wxWindow* parent, LearnerWorkspace& workspace, BankLibrary& library);

    wxNotebook* tabs() const { return tabs_; }
    PapersPanel* papers() const { return papers_; }
    ResultsPanel* results() const { return results_; }
    PeoplePanel* people() const { return people_; }

  private:
    LearnerWorkspace& workspace_;
    BankLibrary& library_;
    wxNotebook* tabs_ = nullptr;
    PapersPanel* papers_ = nullptr;
    ResultsPanel* results_ = nullptr;
    PeoplePanel* people_ = nullptr;
};

}  // namespace tqm::gui
