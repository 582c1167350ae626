#include "admin/results/category_chart.h"

#include <algorithm>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

CategoryChart::CategoryChart(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(320, 160)));
    Bind(wxEVT_PAINT, &CategoryChart::onPaint, this);
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        Refresh();
        event.Skip();
    });
}

void CategoryChart::setData(std::vector<results::CategoryShare> shares) {
    data_ = std::move(shares);
    Refresh();
}

namespace {

// `text` cut with an ellipsis to fit `width`.
wxString fitted(wxGraphicsContext& gc, const wxString& text, double width) {
    double w = 0, h = 0;
    gc.GetTextExtent(text, &w, &h);
    if (w <= width) return text;
    const wxString ellipsis = wxString::FromUTF8("…");
    wxString cut = text;
    while (!cut.empty()) {
        cut.RemoveLast();
        gc.GetTextExtent(cut + ellipsis, &w, &h);
        if (w <= width) break;
    }
    return cut + ellipsis;
}

}  // namespace

void CategoryChart::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(colour(Colour::Background)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxSize size = GetClientSize();
    const int pad = FromDIP(10);
    const wxFont labelFont = GetFont().Scaled(0.9f);

    gc->SetFont(GetFont().Scaled(1.15f).Bold(), colour(Colour::Text));
    double titleW = 0, titleH = 0;
    const wxString title = _("Points earned by category");
    gc->GetTextExtent(title, &titleW, &titleH);
    gc->DrawText(title, pad, pad);

    gc->SetFont(labelFont, colour(Colour::Text));
    if (data_.empty()) {
        gc->SetFont(labelFont, colour(Colour::MutedText));
        const wxString empty = _("No scored results to show");
        double w = 0, h = 0;
        gc->GetTextExtent(empty, &w, &h);
        gc->DrawText(empty, (size.x - w) / 2, (size.y - h) / 2);
        return;
    }
    double labelW = 0, textH = 0;
    for (const results::CategoryShare& share : data_) {
        double w = 0;
        gc->GetTextExtent(fromUtf8(share.category), &w, &textH);
        labelW = std::max(labelW, w);
    }
    labelW = std::min(labelW, size.x * 0.4);
    double percentW = 0;
    gc->GetTextExtent("100%", &percentW, &textH);

    const double top = pad + titleH + pad;
    const double left = pad + labelW + pad;
    const double barMax = size.x - left - pad - percentW - FromDIP(6);
    if (barMax < FromDIP(40)) return;
    // Rows share the height, but never get thinner than a line of text with some air; the
    // categories that do not fit are counted on a last line instead of being cut off.
    const double spare = size.y - top - pad;
    const double rowH =
        std::max(textH * 1.4, std::min(textH * 2.2, spare / static_cast<double>(data_.size())));
    std::size_t fitting = data_.size();
    if (rowH * static_cast<double>(fitting) > spare)
        fitting = static_cast<std::size_t>(std::max(0.0, (spare - textH) / rowH));
    const wxColour track = colour(Colour::RailBackground);
    for (std::size_t i = 0; i < fitting; ++i) {
        const results::CategoryShare& share = data_[i];
        const double y = top + rowH * static_cast<double>(i);
        const double barH = std::min(rowH * 0.6, textH * 1.1);
        const double barY = y + (rowH - barH) / 2;
        gc->SetFont(labelFont, colour(Colour::Text));
        const wxString label = fitted(*gc, fromUtf8(share.category), labelW);
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        gc->DrawText(label, left - pad - w, y + (rowH - h) / 2);
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(track));
        gc->DrawRectangle(left, barY, barMax, barH);
        const bool weak = share.share < 0.6;
        gc->SetBrush(wxBrush(colour(weak ? Colour::Warning : Colour::Correct)));
        gc->DrawRectangle(left, barY, barMax * std::clamp(share.share, 0.0, 1.0), barH);
        const wxString percent = percentText(share.share);
        gc->GetTextExtent(percent, &w, &h);
        gc->DrawText(percent, left + barMax + FromDIP(6), y + (rowH - h) / 2);
    }
    if (fitting < data_.size()) {
        gc->SetFont(labelFont, colour(Colour::MutedText));
        const std::size_t more = data_.size() - fitting;
        gc->DrawText(wxString::Format(
                         wxPLURAL("and %zu more category", "and %zu more categories", more), more),
                     left, top + rowH * static_cast<double>(fitting));
    }
}

}  // namespace tqm::gui
