#include "cert/export/export_tour.h"

#include <chrono>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include "cert/certificates_panel.h"

namespace tqm::gui {

namespace {

// Lets GTK map and paint what the last step opened.
void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        wxMilliSleep(15);
    }
}

// The menu runs a loop of its own until it closes: the picture is taken from inside that loop,
// then Escape closes the menu as a user would.
void shootMenu(TourCamera& camera, CertificateExports& exports) {
    wxTheApp->CallAfter([&camera] {
        settle();
        camera.shootScreen("cert-export-menu");
        wxUIActionSimulator().Char(WXK_ESCAPE);
    });
    exports.showMenu();
    settle();
}

}  // namespace

void tourCertificateExports(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    frame.showScreen(Screen::Certificates);
    CertificatesPanel& panel = *frame.certificates();
    if (!panel.snapshot()) return;  // the certificate tour has failed already
    panel.tabs()->SetSelection(0);
    shootMenu(camera, panel.exports());

    for (const cert::PersonSummary* person : panel.snapshot()->index->peopleByEmployeeNo())
        if (person->employeeNo == "D0016") panel.showPerson(person->id);
    PrintCertificatesDialog dialog(&panel, panel.snapshot(), panel.person()->personShown(),
                                   _("Demo Machinery Co., Ltd."));
    dialog.Show();
    camera.shootWithDialog(dialog, "cert-print-dialog");
    dialog.Hide();
}

}  // namespace tqm::gui
