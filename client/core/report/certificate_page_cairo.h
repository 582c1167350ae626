// The drawing side of certificate_page.h, for the files inside report/ that hold a cairo context.
#pragma once

#include <cairo.h>

#include "report/certificate_page.h"

namespace tqm::report {

// Draws one certificate on the current page of `cr` (user units in points) and returns the boxes
// of what it printed.
std::vector<PageBox> drawCertificatePage(cairo_t* cr, const CertificatePrint& certificate,
                                         const CertificateFonts& fonts,
                                         const std::optional<QrCode>& qr);

}  // namespace tqm::report
