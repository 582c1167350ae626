// 名单: the class's roster with each trainee's days attended and hours earned in the class; people
// are added by searching the people table for a 工号 or a name, and removed with their marks.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>

#include "learn/learner_workspace.h"
#include "reports/class_file.h"
#include "store/people_repository.h"

namespace tqm::gui {

class RosterPage : public wxPanel {
  public:
    RosterPage(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed);

    void show(const reports::ClassFile* file);
    // Narrows the people offered to those whose 工号 or name contains `text`.
    void search(const wxString& text);
    // Adds the person in row `row` of the people offered; removes the trainee of a roster row.
    void addOffered(long row);
    void removeTrainee(long row);

    wxListCtrl* roster() const { return roster_; }
    wxListCtrl* offered() const { return offered_; }
    wxSearchCtrl* searchField() const { return search_; }

  private:
    LearnerWorkspace& workspace_;
    std::function<void()> changed_;
    std::optional<reports::ClassFile> file_;
    std::vector<store::Person> offeredPeople_;
    wxListCtrl* roster_ = nullptr;
    wxListCtrl* offered_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
};

}  // namespace tqm::gui
