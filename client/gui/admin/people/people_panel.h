// 管理 → 人员 People: the roster (a virtual list searchable by 工号 or name), importing a roster
// CSV on a worker thread with the rows' problems listed afterwards (row, column, what to do) and
// the counts of people added, updated, unchanged and rows skipped, and editing one person.
#pragma once

#include <filesystem>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "admin/people/roster_import_task.h"
#include "admin/people/roster_problem_list.h"
#include "learn/learner_workspace.h"
#include "sign_in/person_list.h"

namespace tqm::gui {

class PeoplePanel : public wxPanel {
  public:
    PeoplePanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the roster from the database again (the first time the panel is shown otherwise).
    void reload();
    void setSearchText(const wxString& text);
    // Imports `csv` into the database: on a worker thread for a database file, at once for a
    // database in memory (which a second connection would not see).
    void importRoster(const std::filesystem::path& csv);
    bool importing() const { return task_.running(); }
    // Opens the edit dialog for the person of `row` of the list; true when it was saved.
    bool editRow(long row);

    PersonList* list() const { return list_; }
    RosterProblemList* problemList() const { return problems_; }
    wxButton* importButton() const { return import_; }
    wxButton* editButton() const { return edit_; }
    wxString rosterText() const { return count_->GetLabel(); }
    wxString importSummary() const { return summary_->GetLabel(); }

  private:
    void buildLayout();
    void chooseRosterFile();
    void showOutcome(RosterImportOutcome outcome);
    void setImporting(bool importing, const wxString& file);
    void updateCount();
    long selectedRow() const;

    LearnerWorkspace& workspace_;
    wxSearchCtrl* search_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* edit_ = nullptr;
    wxStaticText* count_ = nullptr;
    PersonList* list_ = nullptr;
    wxGauge* progress_ = nullptr;
    wxStaticText* progressText_ = nullptr;
    wxTimer pulse_;
    wxStaticText* summary_ = nullptr;
    RosterProblemList* problems_ = nullptr;
    RosterImportTask task_;
    bool loaded_ = false;
};

}  // namespace tqm::gui
