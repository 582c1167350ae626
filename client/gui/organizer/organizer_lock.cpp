#include "organizer/organizer_lock.h"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include "organizer/password_dialog.h"

namespace tqm::gui {

namespace {

admin::PasswordRefusal noDatabase() {
    return {"no-database", "there is no database to hold the organizer password"};
}

}  // namespace

OrganizerLock::~OrganizerLock() {
    if (worker_.joinable()) worker_.join();
}

void OrganizerLock::submit(admin::PasswordAction action, std::string current,
                           std::string newPassword, std::string confirmation, Done done) {
    auto organizer = password();
    if (!organizer) {
        done(noDatabase());
        return;
    }
    if (worker_.joinable()) worker_.join();
    busy_ = true;
    auto request = std::make_shared<admin::PasswordRequest>(
        organizer->request(action, current, newPassword, confirmation));
    auto decision = std::make_shared<admin::PasswordDecision>();
    std::weak_ptr<bool> alive = alive_;
    worker_ = std::thread([this, request, decision, alive, action, done = std::move(done)] {
        *decision = admin::decidePassword(*request);
        // CallAfter is safe from any thread; the rest happens on the UI thread.
        wxTheApp->CallAfter([this, decision, alive, action, done] {
            if (alive.expired()) return;
            worker_.join();
            busy_ = false;
            auto organizer = password();
            std::optional<admin::PasswordRefusal> refused =
                organizer ? organizer->apply(*decision) : noDatabase();
            if (!refused && action != admin::PasswordAction::Change) setUnlocked(true);
            done(refused);
        });
    });
}

std::optional<admin::OrganizerPassword> OrganizerLock::password() {
    store::Database* database = workspace_.database();
    if (!database) return std::nullopt;
    return admin::OrganizerPassword(*database);
}

bool OrganizerLock::passwordSet() {
    auto organizer = password();
    return organizer && organizer->isSet();
}

std::optional<admin::PasswordRefusal> OrganizerLock::unlock(std::string_view typed) {
    auto organizer = password();
    if (!organizer) return noDatabase();
    wxBusyCursor busy;  // the hash is made slow on purpose
    auto refused = organizer->verify(typed);
    if (!refused) setUnlocked(true);
    return refused;
}

std::optional<admin::PasswordRefusal> OrganizerLock::setFirst(std::string_view typed,
                                                              std::string_view confirmation) {
    auto organizer = password();
    if (!organizer) return noDatabase();
    wxBusyCursor busy;
    auto refused = organizer->setFirst(typed, confirmation);
    if (!refused) setUnlocked(true);
    return refused;
}

std::optional<admin::PasswordRefusal> OrganizerLock::change(std::string_view oldPassword,
                                                            std::string_view newPassword,
                                                            std::string_view confirmation) {
    auto organizer = password();
    if (!organizer) return noDatabase();
    wxBusyCursor busy;
    return organizer->change(oldPassword, newPassword, confirmation);
}

void OrganizerLock::lock() {
    setUnlocked(false);
}

void OrganizerLock::setUnlocked(bool unlocked) {
    if (unlocked_ == unlocked) return;
    unlocked_ = unlocked;
    if (onChanged_) onChanged_(unlocked_);
}

int OrganizerLock::runDialog(OrganizerPasswordDialog& dialog) {
    openDialog_ = &dialog;
    const int answer = dialog.ShowModal();
    openDialog_ = nullptr;
    return answer;
}

bool OrganizerLock::ensureUnlocked(wxWindow* parent) {
    if (unlocked_) return true;
    if (!available()) {
        wxMessageBox(_("The question banks and the admin screens need the organizer password, "
                       "which is kept in the database. The database could not be opened, so "
                       "these screens stay locked. Start the program with a database that can "
                       "be opened (--db FILE)."),
                     _("Organizer screens locked"), wxOK | wxICON_WARNING, parent);
        return false;
    }
    const auto mode = passwordSet() ? PasswordDialogMode::Unlock : PasswordDialogMode::SetFirst;
    OrganizerPasswordDialog dialog(parent, *this, mode);
    runDialog(dialog);
    return unlocked_;
}

bool OrganizerLock::askToChange(wxWindow* parent) {
    OrganizerPasswordDialog dialog(parent, *this, PasswordDialogMode::Change);
    return runDialog(dialog) == wxID_OK;
}

wxString passwordRefusalText(const admin::PasswordRefusal& refusal) {
    const std::string& code = refusal.code;
    if (code == "password-empty") return _("Type a password.");
    if (code == "password-too-short")
        return wxString::Format(
            wxPLURAL("The password must have at least %zu character.",
                     "The password must have at least %zu characters.", admin::kMinPasswordLength),
            admin::kMinPasswordLength);
    if (code == "password-mismatch")
        return _("The two passwords differ. Type the same password in both boxes.");
    if (code == "password-wrong") return _("The password is wrong. Try again.");
    if (code == "password-not-set") return _("No organizer password is set yet.");
    if (code == "password-already-set")
        return _("The organizer password is set already. Change it with the old password.");
    if (code == "password-hash-failed")
        return _(
            "The password could not be processed (not enough memory). Close other "
            "programs and try again.");
    if (code == "no-database")
        return _("The database could not be opened, so the password cannot be checked.");
    return wxString::FromUTF8(refusal.message);
}

}  // namespace tqm::gui
