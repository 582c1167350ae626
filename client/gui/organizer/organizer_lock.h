// Whether the organizer screens (题库 and 管理) are open. They open with the organizer password,
// which is set on first use, and stay open until 锁定 or until the program closes; the state
// is never stored. The password's rules are the core's (admin/organizer_password.h).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include <wx/string.h>
#include <wx/window.h>

#include "admin/organizer_password.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class OrganizerPasswordDialog;

class OrganizerLock {
  public:
    explicit OrganizerLock(LearnerWorkspace& workspace) : workspace_(workspace) {}
    OrganizerLock(const OrganizerLock&) = delete;
    OrganizerLock& operator=(const OrganizerLock&) = delete;
    ~OrganizerLock();

    bool unlocked() const { return unlocked_; }
    // False without a database: then there is no password to check and the screens stay shut.
    bool available() const { return workspace_.hasDatabase(); }
    bool passwordSet();

    using Done = std::function<void(std::optional<admin::PasswordRefusal>)>;
    // Runs a password action as a click does: the hashing, slow on purpose, on a worker thread,
    // so that the window stays responsive; then, on the UI thread, stores the hash, opens (unless
    // it was a change) and calls `done` with the refusal, if any.
    void submit(admin::PasswordAction action, std::string current, std::string newPassword,
                std::string confirmation, Done done);
    bool busy() const { return busy_; }

    // The same, waiting for the result (for programs such as the screenshot tour and tests).
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
    bool busy_ = false;
    std::thread worker_;
    // Expires with the lock, so that a result arriving after it is ignored.
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    OrganizerPasswordDialog* openDialog_ = nullptr;
    std::function<void(bool)> onChanged_;
};

// The refusal in the user's language, with what to do.
wxString passwordRefusalText(const admin::PasswordRefusal& refusal);

}  // namespace tqm::gui
