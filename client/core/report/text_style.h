// How a piece of text is set on a PDF page (certificates, table reports).
#pragma once

#include <string>

#include <pango/pango.h>

namespace tqm::report {

struct Rgb {
    double r = 0;
    double g = 0;
    double b = 0;
};

struct TextStyle {
    std::string family;
    double size = 12;  // points
    bool bold = false;
    Rgb colour;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    double letterSpacingEm = 0;  // extra space between characters, in ems
    bool breakAnywhere = false;  // for codes without spaces: wrap between any two characters
};

}  // namespace tqm::report
