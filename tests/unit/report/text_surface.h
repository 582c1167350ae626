// A cairo context on a recording surface with the installed Chinese fonts, for tests that
// measure and set text the way the PDF writers do.
#pragma once

#include <memory>
#include <optional>

#include <cairo.h>

#include "report/certificate_fonts.h"

namespace tqm::reporttest {

struct TextSurface {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface{
        cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr), &cairo_surface_destroy};
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr{cairo_create(surface.get()),
                                                          &cairo_destroy};
    std::optional<report::CertificateFonts> fonts = report::installedCertificateFonts();
};

}  // namespace tqm::reporttest
