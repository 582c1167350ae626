// Every colour the client paints itself, resolved in one place from the system theme so that
// light and dark themes both work. Windows that paint with these refresh on
// wxEVT_SYS_COLOUR_CHANGED.
#pragma once

#include <string>

#include <wx/colour.h>

#include "widgets/html_text.h"

namespace tqm::gui {

enum class Colour {
    RailBackground,
    RailText,
    RailHoverBackground,
    RailSelectedBackground,
    RailSelectedText,
    RailBorder,
    Background,
    Text,
    MutedText,
    Accent,
    Correct,
    Error,
    Warning,
    TableHeader,
    // Backgrounds of certificate statuses (cert/status_word.h), from good to bad, and of a
    // matrix cell that asks for nothing.
    StatusValid,
    StatusRenewalOpen,
    StatusReviewDue,
    StatusInGrace,
    StatusNotYetRequired,
    StatusNotYetValid,
    StatusExpired,
    StatusRevoked,
    StatusMissing,
    StatusNotRequired,
};

wxColour colour(Colour which);

// The colour as "#rrggbb" for generated HTML.
std::string htmlColour(Colour which);

// The colours generated HTML pages use, for the current theme.
HtmlColours htmlColours();

}  // namespace tqm::gui
