// Whether the organizer screens (题库 and 管理) are open. They open with the organizer password,
// which is set on first use, and stay open until 锁定 or until the program closes; the state
// is never stored. The password's rules are the core's (admin/organizer_password.h).
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include <wx/string.h>
#include <wx/window.h>

#include "admin/organizer_password.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class OrganizerPasswordDialog;

class OrganizerLock {
  public:
    explicit OrganizerLock(LearnerWorkspace& workspace) : workspace_(workspace) {}

    bool unlocked() const { return unlocked_; }
    // False without a database: then there is no password to check and the screens stay shut.
    bool available() const { return workspace_.hasDatabase(); }
    bool passwordSet();

    // Opens with the password; the refusal says why not.
    std::optional<admin::PasswordRefusal> unlock(std::string_view password);
    // Sets the first password and opens.
    std::optional<admin::PasswordRefusal> setFirst(std::string_view password,
                                                   std::string_view confirmation);
    std::optional<admin::PasswordRefusal> change(std::string_view oldPassword,
                                                 std::string_view newPassword,
                                                 std::string_view confirmation);
    void lock();

    // Asks for the password (or, the first time, for a new one) when shut; true once open.
    bool ensureUnlocked(wxWindow* parent);
    // Asks for the old and the new password (a password must be set); true when it was changed.
    bool askToChange(wxWindow* parent);
    // The password dialog while one is shown, so that tests can fill it in.
    OrganizerPasswordDialog* openDialog() const { return openDialog_; }

    // Called after every change between open and shut.
    void setChangedHandler(std::function<void(bool unlocked)> handler) {
        onChanged_ = std::move(handler);
    }

  private:
    std::optional<admin::OrganizerPassword> password();
    void setUnlocked(bool unlocked);
    int runDialog(OrganizerPasswordDialog& dialog);

    LearnerWorkspace& workspace_;
    bool unlocked_ = false;
    OrganizerPasswordDialog* openDialog_ = nullptr;
    std::function<void(bool)> onChanged_;
};

// The refusal in the user's language, with what to do.
wxString passwordRefusalText(const admin::PasswordRefusal& refusal);

}  // namespace tqm::gui
