#include "widgets/colours.h"

#include <wx/settings.h>

namespace tqm::gui {

namespace {

wxColour system(wxSystemColour which) {
    return wxSystemSettings::GetColour(which);
}

// `share` of `top` laid over `bottom`.
wxColour blend(const wxColour& bottom, const wxColour& top, double share) {
    auto mix = [share](unsigned char b, unsigned char t) {
        return static_cast<unsigned char>(b + (t - b) * share + 0.5);
    };
    return {mix(bottom.Red(), top.Red()), mix(bottom.Green(), top.Green()),
            mix(bottom.Blue(), top.Blue())};
}

bool darkTheme() {
    return wxSystemSettings::GetAppearance().IsDark();
}

}  // namespace

wxColour colour(Colour which) {
    const bool dark = darkTheme();
    const wxColour window = system(wxSYS_COLOUR_WINDOW);
    const wxColour text = system(wxSYS_COLOUR_WINDOWTEXT);
    const wxColour highlight = system(wxSYS_COLOUR_HIGHLIGHT);
    switch (which) {
        case Colour::RailBackground:
            return blend(window, text, dark ? 0.06 : 0.04);
        case Colour::RailText:
            return blend(text, window, 0.22);
        case Colour::RailHoverBackground:
            return blend(window, text, dark ? 0.12 : 0.08);
        case Colour::RailSelectedBackground:
            return blend(window, highlight, dark ? 0.35 : 0.16);
        case Colour::RailSelectedText:
            return dark ? blend(highlight, text, 0.45) : blend(highlight, text, 0.15);
        case Colour::RailBorder:
            return blend(window, text, 0.15);
        case Colour::Background:
            return window;
        case Colour::Text:
            return text;
        case Colour::MutedText:
            return blend(text, window, 0.4);
        case Colour::Accent:
            return dark ? blend(highlight, text, 0.4) : highlight;
        case Colour::Correct:
            return dark ? wxColour(0x7c, 0xd9, 0x92) : wxColour(0x1b, 0x7f, 0x3b);
        case Colour::Error:
            return dark ? wxColour(0xff, 0x8a, 0x80) : wxColour(0xc6, 0x28, 0x28);
        case Colour::Warning:
            return dark ? wxColour(0xff, 0xcc, 0x66) : wxColour(0x9a, 0x62, 0x00);
        case Colour::TableHeader:
            return blend(window, text, dark ? 0.12 : 0.06);
        // Soft tints, so that the cell's text in the theme's text colour stays readable: green
        // for what counts, yellow to orange for what needs action soon, red for what does not
        // count, blue and violet for what is not yet due, grey for what was taken away.
        case Colour::StatusValid:
            return blend(window, wxColour(0x2e, 0x9d, 0x4f), dark ? 0.35 : 0.22);
        case Colour::StatusRenewalOpen:
            return blend(window, wxColour(0xe8, 0xc2, 0x1a), dark ? 0.35 : 0.30);
        case Colour::StatusReviewDue:
            return blend(window, wxColour(0xf0, 0x98, 0x1a), dark ? 0.35 : 0.32);
        case Colour::StatusInGrace:
            return blend(window, wxColour(0xe8, 0x6a, 0x10), dark ? 0.40 : 0.38);
        case Colour::StatusNotYetRequired:
            return blend(window, wxColour(0x3a, 0x7b, 0xd5), dark ? 0.30 : 0.18);
        case Colour::StatusNotYetValid:
            return blend(window, wxColour(0x7e, 0x57, 0xc2), dark ? 0.30 : 0.18);
        case Colour::StatusExpired:
            return blend(window, wxColour(0xd3, 0x2f, 0x2f), dark ? 0.35 : 0.28);
        case Colour::StatusRevoked:
            return blend(window, text, dark ? 0.30 : 0.25);
        case Colour::StatusMissing:
            return blend(window, wxColour(0xc6, 0x28, 0x28), dark ? 0.50 : 0.45);
        case Colour::StatusNotRequired:
            return window;
    }
    return text;
}

std::string htmlColour(Colour which) {
    return colour(which).GetAsString(wxC2S_HTML_SYNTAX).utf8_string();
}

HtmlColours htmlColours() {
    HtmlColours colours;
    colours.text = htmlColour(Colour::Text);
    colours.background = htmlColour(Colour::Background);
    colours.muted = htmlColour(Colour::MutedText);
    colours.correct = htmlColour(Colour::Correct);
    colours.error = htmlColour(Colour::Error);
    colours.tableHeader = htmlColour(Colour::TableHeader);
    return colours;
}

}  // namespace tqm::gui
