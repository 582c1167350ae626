#include "cert/assign/assign_tour.h"

#include <chrono>

#include <wx/app.h>
#include <wx/utils.h>

#include "cert/assign/assign_position_dialog.h"

namespace tqm::gui {

void tourAssignDialog(TourCamera& camera, CertificatesPanel& panel, Date today) {
    LearnerWorkspace& workspace = camera.frame().workspace();
    const auto snapshot = panel.snapshot();
    if (!camera.ok() || !workspace.database() || !snapshot) return;
    const cert::CertificateBookIndex& index = *snapshot->index;
    // 沈立新, a 质量检验员 whose inspector's card has expired, put in 焊接质检员: the dialog
    // names the expired card and the days he would have to renew it. Nothing is saved.
    std::int64_t personId = 0, positionId = 0;
    for (const cert::PersonSummary* person : index.peopleByEmployeeNo())
        if (person->employeeNo == "D0014") personId = person->id;
    for (const cert::Position* position : index.positionsByName())
        if (position->name == "焊接质检员") positionId = position->id;
    panel.showPerson(personId);
    AssignPositionDialog dialog(&panel, workspace, snapshot, personId, today);
    dialog.selectPosition(positionId);
    dialog.submit();
    // The tour's database lives in memory, where the desk answers at once; a file would take
    // a moment on a worker.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (dialog.busy() && std::chrono::steady_clock::now() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    dialog.CentreOnParent();
    dialog.Show();
    camera.shootWithDialog(dialog, "cert-assign-dialog");
}

}  // namespace tqm::gui
