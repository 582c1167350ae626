// The picture cert-assign-dialog.png: the 分配岗位 dialog over a person's page, warning that the
// person lacks a mandatory certificate of the key position chosen.
#pragma once

#include "app/screenshot_tour.h"
#include "cert/certificates_panel.h"

namespace tqm::gui {

// With the certificate area showing the demo plant as of `today`.
void tourAssignDialog(TourCamera& camera, CertificatesPanel& panel, Date today);

}  // namespace tqm::gui
