// 编辑人员 Edit a person: name, unit, department and positions (岗位, separated by commas or 、).
// The 工号 identifies the person and is shown but not changed. The record is checked by the core
// (cert/person_check.h) and written with PeopleRepository::upsert, its own transaction.
#pragma once

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::gui {

class PersonDialog : public wxDialog {
  public:
    PersonDialog(wxWindow* parent, store::Database& database, const store::Person& person);

    wxTextCtrl* nameField() const { return name_; }
    wxTextCtrl* unitField() const { return unit_; }
    wxTextCtrl* departmentField() const { return department_; }
    wxTextCtrl* positionsField() const { return positions_; }
    wxString message() const { return message_->GetLabel(); }
    // Checks and writes the fields; false, with message() saying what to correct, when they
    // cannot be written.
    bool save();

  private:
    store::Database& database_;
    std::string employeeNo_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* unit_ = nullptr;
    wxTextCtrl* department_ = nullptr;
    wxTextCtrl* positions_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace tqm::gui
