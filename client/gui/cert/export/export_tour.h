// The pictures of the certificate area's exports, on the demo plant the certificate tour has
// imported: cert-export-menu.png (the 导出 menu open) and cert-print-dialog.png (choosing a
// person's certificates to print).
#pragma once

#include "app/screenshot_tour.h"

namespace tqm::gui {

void tourCertificateExports(TourCamera& camera);

}  // namespace tqm::gui
