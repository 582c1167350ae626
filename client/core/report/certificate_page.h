// How one certificate is laid out on an A4 page, in points (1/72 inch) from the top left corner.
// certificate_pdf.cpp draws the page; the layout alone is exposed so that tests can check that
// nothing leaves the border or overlaps, whatever the length of the names.
#pragma once

#include <string>
#include <vector>

#include "report/certificate_fonts.h"
#include "report/certificate_pdf.h"
#include "report/qr_code.h"

namespace tqm::report {

inline constexpr double kA4Width = 595.2756;   // 210 mm
inline constexpr double kA4Height = 841.8898;  // 297 mm
// The inner line of the double border; everything printed stays inside it.
inline constexpr double kInnerBorderMargin = 40;

struct PageBox {
    std::string what;  // "title", "value 单位", "qr" ...
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

// Lays out and draws one certificate on a page of a recording surface and returns the box of
// everything printed on it (the border excepted).
std::vector<PageBox> certificatePageLayout(const CertificatePrint& certificate,
                                           const CertificateFonts& fonts,
                                           const std::optional<QrCode>& qr);

}  // namespace tqm::report
