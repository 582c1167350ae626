// 培训班: the training classes of the database. The list on the left (期次, name, dates, place,
// trainees, attendance, hours); the chosen class on the right in tabs: 概况与小结 (plan, exams,
// closing summary), 名单 (roster), 签到 (attendance desk by 工号), 考勤表 (people × days, where
// marks are corrected). New and edited classes go through ClassDialog, sign-in sheets through
// SheetImportDialog. With no class yet, the page says how to start.
#pragma once

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/simplebook.h>

#include "learn/learner_workspace.h"

namespace tqm::gui {

class AttendanceGrid;
class ClassList;
class ClassOverview;
class RosterPage;
class SignInDesk;

class ClassesPage : public wxPanel {
  public:
    ClassesPage(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the classes again, keeping the chosen one.
    void refresh();

    // What the buttons do. newClass/editClass/importSheet open their dialog modally.
    void newClass();
    void editClass();
    void importSheet();
    void saveTemplate();

    ClassList* list() const { return list_; }
    wxNotebook* tabs() const { return tabs_; }
    ClassOverview* overview() const { return overview_; }
    RosterPage* roster() const { return roster_; }
    SignInDesk* desk() const { return desk_; }
    AttendanceGrid* grid() const { return grid_; }
    bool showsEmptyState() const { return book_->GetSelection() == 0; }

    enum Tab { OverviewTab, RosterTab, SignInTab, GridTab };

  private:
    wxWindow* makeEmptyState(wxWindow* parent);
    void showSelected();

    LearnerWorkspace& workspace_;
    wxSimplebook* book_ = nullptr;
    ClassList* list_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    ClassOverview* overview_ = nullptr;
    RosterPage* roster_ = nullptr;
    SignInDesk* desk_ = nullptr;
    AttendanceGrid* grid_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* template_ = nullptr;
};

}  // namespace tqm::gui
