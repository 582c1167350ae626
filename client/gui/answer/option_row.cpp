#include "answer/option_row.h"

#include <wx/dcclient.h>
#include <wx/sizer.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

using session::PartMark;

constexpr int kPadding = 10;
constexpr int kBadgeWidth = 34;
constexpr int kOutlineWidth = 2;

wxColour mix(const wxColour& a, const wxColour& b, double share) {
    auto channel = [share](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share + 0.5);
    };
    return {channel(a.Red(), b.Red()), channel(a.Green(), b.Green()), channel(a.Blue(), b.Blue())};
}

}  // namespace

wxString markSign(PartMark mark) {
    switch (mark) {
        case PartMark::Right:
        case PartMark::Missed:
            return wxString::FromUTF8("✓");
        case PartMark::Wrong:
            return wxString::FromUTF8("✗");
        case PartMark::Plain:
            break;
    }
    return {};
}

OptionRow::OptionRow(wxWindow* parent, const wxString& badge, const wxString& text)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE), text_(text) {
    badge_ = new wxStaticText(this, wxID_ANY, badge, wxDefaultPosition,
                              wxSize(FromDIP(kBadgeWidth), -1), wxALIGN_CENTRE_HORIZONTAL);
    badge_->SetFont(GetFont().Scaled(1.15f).Bold());
    label_ = new wxStaticText(this, wxID_ANY, text);
    label_->SetFont(GetFont().Scaled(1.15f));
    markLabel_ = new wxStaticText(this, wxID_ANY, wxString());
    markLabel_->SetFont(GetFont().Scaled(1.15f).Bold());
    markLabel_->Hide();
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(badge_, wxSizerFlags().Border(wxALL, FromDIP(kPadding)));
    sizer->Add(label_, wxSizerFlags(1).Border(wxTOP | wxBOTTOM | wxRIGHT, FromDIP(kPadding)));
    sizer->Add(markLabel_, wxSizerFlags().CentreVertical().Border(wxTOP | wxBOTTOM | wxRIGHT,
                                                                  FromDIP(kPadding)));
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
    Bind(wxEVT_PAINT, &OptionRow::paintOutline, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrap();
        Refresh();  // the outline follows the new size
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

void OptionRow::setMark(PartMark mark, const wxString& text) {
    mark_ = mark;
    markLabel_->SetLabel(mark == PartMark::Plain ? wxString() : text);
    markLabel_->Show(mark != PartMark::Plain);
    // A marked row is read-only: it no longer invites a click.
    for (wxWindow* part : {static_cast<wxWindow*>(this), static_cast<wxWindow*>(badge_),
                           static_cast<wxWindow*>(label_)})
        part->SetCursor(wxNullCursor);
    applyColours();
}

void OptionRow::applyColours() {
    const wxColour background = colour(Colour::Background);
    const wxColour accent = colour(Colour::Accent);
    wxColour fill =
        chosen_ ? mix(background, accent, 0.22) : mix(background, colour(Colour::Text), 0.04);
    wxColour badge = chosen_ ? accent : colour(Colour::MutedText);
    if (mark_ == PartMark::Right || mark_ == PartMark::Missed) badge = colour(Colour::Correct);
    if (mark_ == PartMark::Right) fill = mix(background, colour(Colour::Correct), 0.16);
    if (mark_ == PartMark::Wrong) {
        fill = mix(background, colour(Colour::Error), 0.14);
        badge = colour(Colour::Error);
    }
    SetBackgroundColour(fill);
    badge_->SetForegroundColour(badge);
    label_->SetForegroundColour(colour(Colour::Text));
    markLabel_->SetForegroundColour(mark_ == PartMark::Wrong ? colour(Colour::Error)
                                                             : colour(Colour::Correct));
    label_->SetFont(chosen_ ? GetFont().Scaled(1.15f).Bold() : GetFont().Scaled(1.15f));
    wrappedWidth_ = 0;
    wrap();
    Refresh();
}

void OptionRow::paintOutline(wxPaintEvent&) {
    wxPaintDC dc(this);
    if (mark_ != PartMark::Missed) return;
    const int width = FromDIP(kOutlineWidth);
    dc.SetPen(wxPen(colour(Colour::Correct), width));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    const wxSize size = GetClientSize();
    dc.DrawRectangle(width / 2, width / 2, size.x - width + 1, size.y - width + 1);
}

void OptionRow::wrap() {
    int width = GetClientSize().x - FromDIP(kBadgeWidth + 3 * kPadding);
    if (markLabel_->IsShown()) width -= markLabel_->GetBestSize().x + FromDIP(kPadding);
    if (width <= 0 || width == wrappedWidth_) return;
    wrappedWidth_ = width;
    setWrappedLabel(*label_, text_, width);
    // The new label may be taller; the column above lays the rows out again.
    if (GetParent()) GetParent()->Layout();
}

}  // namespace tqm::gui
