#include "cert/assign/assign_tour.h"

#include "cert/assign/assign_position_dialog.h"

namespace tqm::gui {

void tourAssignDialog(TourCamera& camera, CertificatesPanel& panel, Date today) {
    store::Database* database = camera.frame().workspace().database();
    const auto snapshot = panel.snapshot();
    if (!camera.ok() || !database || !snapshot) return;
    const cert::CertificateBookIndex& index = *snapshot->index;
    // 沈立新, a 质量检验员 whose inspector's card has expired, put in 焊接质检员: the dialog
    // names the expired card and the days he would have to renew it. Nothing is saved.
    std::int64_t personId = 0, positionId = 0;
    for (const cert::PersonSummary* person : index.peopleByEmployeeNo())
        if (person->employeeNo == "D0014") personId = person->id;
    for (const cert::Position* position : index.positionsByName())
        if (position->name == "焊接质检员") positionId = position->id;
    panel.showPerson(personId);
    AssignPositionDialog dialog(&panel, *database, snapshot, personId, today);
    dialog.selectPosition(positionId);
    dialog.submit();
    dialog.CentreOnParent();
    dialog.Show();
    camera.shootWithDialog(dialog, "cert-assign-dialog");
}

}  // namespace tqm::gui
