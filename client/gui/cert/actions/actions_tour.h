// The certificate dialogs' pictures, on the demo plant's person page as the certificate tour left
// it: cert-issue-dialog.png (a certificate of 中国质量协会 being entered, with the dates the
// type's rules will give) and cert-revoke-dialog.png (a revocation with its warning).
#pragma once

#include "app/screenshot_tour.h"
#include "cert/certificates_panel.h"

namespace tqm::gui {

// `day` is the day the dialogs take as today, so that the pictures do not change with the day
// the tour runs.
void tourCertificateActions(TourCamera& camera, CertificatesPanel& panel, Date day);

}  // namespace tqm::gui
