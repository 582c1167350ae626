// Icons drawn from the embedded SVGs in the colour the current theme asks for.
#pragma once

#include <string_view>

#include <wx/bmpbndl.h>
#include <wx/colour.h>

namespace tqm::gui {

// The icon `name` with its "currentColor" strokes and fills painted in `colour`, at `sizeDip`
// device-independent pixels (wxBitmapBundle scales it for the display).
wxBitmapBundle themedIcon(std::string_view name, const wxColour& colour, const wxSize& sizeDip);

}  // namespace tqm::gui
