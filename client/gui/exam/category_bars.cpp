#include "exam/category_bars.h"

#include <algorithm>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include "exam/exam_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kLabelWidth = 150;
constexpr int kValueWidth = 120;
}  // namespace

CategoryBars::CategoryBars(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &CategoryBars::onPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void CategoryBars::setBars(std::vector<CategoryBar> bars) {
    bars_ = std::move(bars);
    SetMinSize(wxSize(FromDIP(kLabelWidth + kValueWidth + 160),
                      rowHeight() * static_cast<int>(std::max<std::size_t>(1, bars_.size()))));
    InvalidateBestSize();
    Refresh();
}

void CategoryBars::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxFont font = GetFont();
    gc->SetFont(font, colour(Colour::Text));
    const int width = GetClientSize().x;
    const double labelWidth = FromDIP(kLabelWidth);
    const double valueWidth = FromDIP(kValueWidth);
    const double barLeft = labelWidth + FromDIP(8);
    const double barWidth = std::max(10.0, width - barLeft - valueWidth - FromDIP(8));
    const double barHeight = FromDIP(14);
    const wxColour track = colour(Colour::TableHeader);
    for (std::size_t i = 0; i < bars_.size(); ++i) {
        const CategoryBar& bar = bars_[i];
        const double top = static_cast<double>(i) * rowHeight();
        const double middle = top + rowHeight() / 2.0;
        double textWidth = 0;
        double textHeight = 0;
        wxString label = bar.label;
        gc->GetTextExtent(label, &textWidth, &textHeight);
        // Long category names are cut with an ellipsis rather than run into the bar.
        while (textWidth > labelWidth - FromDIP(6) && label.length() > 2) {
            label = label.Left(label.length() - 2) + wxString::FromUTF8("…");
            gc->GetTextExtent(label, &textWidth, &textHeight);
        }
        gc->SetFont(font, colour(Colour::Text));
        gc->DrawText(label, 0, middle - textHeight / 2);

        const double share = bar.max > 0 ? static_cast<double>(bar.earned) / bar.max : 0.0;
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(track));
        gc->DrawRoundedRectangle(barLeft, middle - barHeight / 2, barWidth, barHeight,
                                 barHeight / 2);
        if (share > 0) {
            const wxColour fill = share >= 0.6 ? colour(Colour::Correct) : colour(Colour::Warning);
            gc->SetBrush(wxBrush(fill));
            gc->DrawRoundedRectangle(barLeft, middle - barHeight / 2,
                                     std::max(barHeight, barWidth * share), barHeight,
                                     barHeight / 2);
        }
        const wxString value =
            wxString::Format(_("%s / %s (%d%%)"), pointsLabel(bar.earned), pointsLabel(bar.max),
                             static_cast<int>(share * 100 + 0.5));
        gc->SetFont(font, colour(Colour::MutedText));
        gc->GetTextExtent(value, &textWidth, &textHeight);
        gc->DrawText(value, barLeft + barWidth + FromDIP(8), middle - textHeight / 2);
    }
}

}  // namespace tqm::gui
