// The pictures of certificate imports: cert-empty.png (the certificate area of a database with
// no certificate records, before the demo plant is imported), cert-import.png (the import dialog
// with a positions file and a certificates file chosen) and cert-import-result.png (the dialog
// after importing them, with their problems), taken last so that the demo plant's other pictures
// stay as they are.
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourCertificatesEmpty(TourCamera& camera);
void tourCertificateImport(TourCamera& camera);

}  // namespace tqm::gui
