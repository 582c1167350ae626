#include "widgets/icons.h"

#include <string>

#include "widgets/embedded_icons.h"

namespace tqm::gui {

wxBitmapBundle themedIcon(std::string_view name, const wxColour& colour, const wxSize& sizeDip) {
    std::string svg(embeddedIconSvg(name));
    wxASSERT_MSG(!svg.empty(), "unknown icon");
    // nanosvg, which wx uses, does not understand currentColor, so the colour is put in the text.
    const std::string token = "currentColor";
    const std::string hex = colour.GetAsString(wxC2S_HTML_SYNTAX).utf8_string();
    for (auto at = svg.find(token); at != std::string::npos; at = svg.find(token, at + hex.size()))
        svg.replace(at, token.size(), hex);
    return wxBitmapBundle::FromSVG(svg.c_str(), sizeDip);
}

}  // namespace tqm::gui
