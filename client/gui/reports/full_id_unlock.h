// 解锁完整身份证号: what a report export asks before it shows ID numbers in full. The dialog
// says that the export will be recorded in the audit log, takes the organizer password and
// checks it (Argon2id, slow on purpose) on a worker thread while a bar pulses, so the window
// never freezes. A refused password keeps the dialog open with the reason in the user's
// language; the right one closes it with the unlock (reports/id_unlock.h), which the export then
// needs to write full numbers and its one audit entry.
#pragma once

#include <memory>
#include <optional>
#include <thread>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "reports/id_unlock.h"
#include "store/database.h"

namespace tqm::gui {

class FullIdUnlockDialog : public wxDialog {
  public:
    // `reportName` names the report in the explanation ("一人一档：张伟"). `cost` is what a
    // renewed password hash is made with (tests pass a cheap one).
    FullIdUnlockDialog(wxWindow* parent, store::Database& database, admin::KeyStore& keys,
                       const wxString& reportName,
                       admin::PasswordCost cost = admin::interactiveCost());
    ~FullIdUnlockDialog() override;

    wxTextCtrl* passwordBox() const { return password_; }
    wxButton* unlockButton() const { return unlockButton_; }
    wxString problemText() const { return problem_->GetLabel(); }
    bool busy() const { return busy_; }
    // The unlock once the right password was given; nothing until then.
    const std::optional<reports::FullIdUnlock>& unlock() const { return unlock_; }

  private:
    void onUnlock(wxCommandEvent& event);
    void finished(const admin::PasswordDecision& decision);
    void setBusy(bool busy);

    store::Database& database_;
    admin::KeyStore& keys_;
    admin::PasswordCost cost_;
    wxTextCtrl* password_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxButton* unlockButton_ = nullptr;
    wxTimer pulse_;
    bool busy_ = false;
    std::thread worker_;
    // Expires with the dialog, so that a check finishing after it closed is ignored.
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    std::optional<reports::FullIdUnlock> unlock_;
};

// Shows the dialog and waits; the unlock when the organizer gave the right password, nothing
// when the dialog was cancelled.
std::optional<reports::FullIdUnlock> askFullIdUnlock(
    wxWindow* parent, store::Database& database, admin::KeyStore& keys, const wxString& reportName,
    admin::PasswordCost cost = admin::interactiveCost());

// Why full ID numbers were not unlocked or exported (reports::FullIdRefusal), in the user's
// language with what to do next; a code it does not know shows the core's own words.
wxString fullIdRefusalText(const reports::FullIdRefusal& refusal);

}  // namespace tqm::gui
