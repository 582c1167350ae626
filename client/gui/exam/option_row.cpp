#include "exam/option_row.h"

#include <wx/sizer.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

constexpr int kPadding = 10;
constexpr int kBadgeWidth = 34;

wxColour mix(const wxColour& a, const wxColour& b, double share) {
    auto channel = [share](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share + 0.5);
    };
    return {channel(a.Red(), b.Red()), channel(a.Green(), b.Green()), channel(a.Blue(), b.Blue())};
}

}  // namespace

OptionRow::OptionRow(wxWindow* parent, const wxString& badge, const wxString& text)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE), text_(text) {
    badge_ = new wxStaticText(this, wxID_ANY, badge, wxDefaultPosition,
                              wxSize(FromDIP(kBadgeWidth), -1), wxALIGN_CENTRE_HORIZONTAL);
    badge_->SetFont(GetFont().Scaled(1.15f).Bold());
    label_ = new wxStaticText(this, wxID_ANY, text);
    label_->SetFont(GetFont().Scaled(1.15f));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(badge_, wxSizerFlags().Border(wxALL, FromDIP(kPadding)));
    sizer->Add(label_, wxSizerFlags(1).Border(wxTOP | wxBOTTOM | wxRIGHT, FromDIP(kPadding)));
    SetSizer(sizer);
    applyColours();

    auto click = [this](wxMouseEvent&) {
        if (onClick_) onClick_();
    };
    for (wxWindow* part : {static_cast<wxWindow*>(this), static_cast<wxWindow*>(badge_),
                           static_cast<wxWindow*>(label_)}) {
        part->Bind(wxEVT_LEFT_DOWN, click);
        part->SetCursor(wxCursor(wxCURSOR_HAND));
    }
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrap();
        event.Skip();
    });
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        applyColours();
        event.Skip();
    });
}

void OptionRow::setChosen(bool chosen) {
    if (chosen_ == chosen) return;
    chosen_ = chosen;
    applyColours();
}

void OptionRow::setBadge(const wxString& badge) {
    badge_->SetLabel(badge);
}

void OptionRow::applyColours() {
    const wxColour background = colour(Colour::Background);
    const wxColour accent = colour(Colour::Accent);
    SetBackgroundColour(chosen_ ? mix(background, accent, 0.22)
                                : mix(background, colour(Colour::Text), 0.04));
    badge_->SetForegroundColour(chosen_ ? accent : colour(Colour::MutedText));
    label_->SetForegroundColour(colour(Colour::Text));
    label_->SetFont(chosen_ ? GetFont().Scaled(1.15f).Bold() : GetFont().Scaled(1.15f));
    wrappedWidth_ = 0;
    wrap();
    Refresh();
}

void OptionRow::wrap() {
    const int width = GetClientSize().x - FromDIP(kBadgeWidth + 3 * kPadding);
    if (width <= 0 || width == wrappedWidth_) return;
    wrappedWidth_ = width;
    setWrappedLabel(*label_, text_, width);
    // The new label may be taller; the column above lays the rows out again.
    if (GetParent()) GetParent()->Layout();
}

}  // namespace tqm::gui
