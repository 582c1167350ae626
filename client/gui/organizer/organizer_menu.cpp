#include "organizer/organizer_menu.h"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

namespace tqm::gui {

void addOrganizerMenu(wxFrame& frame, OrganizerLock& lock) {
    wxMenuBar* bar = frame.GetMenuBar();
    if (!bar) return;
    auto* menu = new wxMenu;
    const int lockId = wxWindow::NewControlId();
    const int changeId = wxWindow::NewControlId();
    menu->Append(lockId, _("&Lock Organizer Screens\tCtrl+L"),
                 _("Close the question banks and the admin screens until the password is "
                   "typed again"));
    menu->Append(changeId, _("&Change Organizer Password..."),
                 _("Replace the organizer password; the current one is needed"));
    const int help = bar->FindMenu(_("&Help"));
    if (help == wxNOT_FOUND)
        bar->Append(menu, _("&Organizer"));
    else
        bar->Insert(static_cast<std::size_t>(help), menu, _("&Organizer"));

    frame.Bind(
        wxEVT_MENU, [&lock](wxCommandEvent&) { lock.lock(); }, lockId);
    frame.Bind(
        wxEVT_UPDATE_UI, [&lock](wxUpdateUIEvent& event) { event.Enable(lock.unlocked()); },
        lockId);
    frame.Bind(
        wxEVT_MENU,
        [&lock, &frame](wxCommandEvent&) {
            // Without a password yet there is nothing to change: set the first one.
            if (!lock.passwordSet()) {
                lock.ensureUnlocked(&frame);
                return;
            }
            if (lock.askToChange(&frame))
                wxMessageBox(_("The organizer password was changed."), _("Organizer password"),
                             wxOK | wxICON_INFORMATION, &frame);
        },
        changeId);
}

}  // namespace tqm::gui
