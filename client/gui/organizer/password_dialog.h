// The organizer password dialog in its three forms: setting the first password (typed twice),
// unlocking, and changing it (old password, then the new one twice). A refused password keeps the
// dialog open with the reason below the boxes.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "organizer/organizer_lock.h"

namespace tqm::gui {

enum class PasswordDialogMode { SetFirst, Unlock, Change };

class OrganizerPasswordDialog : public wxDialog {
  public:
    OrganizerPasswordDialog(wxWindow* parent, OrganizerLock& lock, PasswordDialogMode mode);

    PasswordDialogMode mode() const { return mode_; }
    wxTextCtrl* oldPasswordBox() const { return oldPassword_; }  // only when changing
    wxTextCtrl* passwordBox() const { return password_; }
    wxTextCtrl* confirmationBox() const { return confirmation_; }  // not when unlocking
    wxStaticText* problemText() const { return problem_; }
    wxButton* okButton() const { return ok_; }

  private:
    wxTextCtrl* addPasswordRow(wxSizer& grid, const wxString& label);
    void onOk(wxCommandEvent& event);
    void showOutcome(const std::optional<admin::PasswordRefusal>& refused);
    void setBusy(bool busy);
    void finish(int answer);

    OrganizerLock& lock_;
    PasswordDialogMode mode_;
    wxTextCtrl* oldPassword_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxTextCtrl* confirmation_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxButton* ok_ = nullptr;
};

}  // namespace tqm::gui
