#include "organizer/organizer_tour.h"

#include <wx/intl.h>

#include "organizer/password_dialog.h"

namespace tqm::gui {

namespace {
// Lives only in the tour's in-memory database.
constexpr const char* kTourPassword = "tour-organizer-2026";
}  // namespace

void tourOrganizerPassword(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    OrganizerLock& lock = frame.organizerLock();
    if (!lock.available()) {
        camera.fail(_("The tour has no database to keep the organizer password in."));
        return;
    }
    if (!lock.passwordSet()) {
        auto* dialog = new OrganizerPasswordDialog(&frame, lock, PasswordDialogMode::SetFirst);
        dialog->Show();
        camera.shootWithDialog(*dialog, "organizer-password");
        dialog->Destroy();
        lock.setFirst(kTourPassword, kTourPassword);
    } else {
        lock.unlock(kTourPassword);
    }
    if (!lock.unlocked()) camera.fail(_("The tour could not unlock the organizer screens."));
}

}  // namespace tqm::gui
