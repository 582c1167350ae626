#include "admin/results/score_histogram_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include "admin/results/result_texts.h"
#include "widgets/colours.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

ScoreHistogramChart::ScoreHistogramChart(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(320, 200)));
    Bind(wxEVT_PAINT, &ScoreHistogramChart::onPaint, this);
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        Refresh();
        event.Skip();
    });
}

void ScoreHistogramChart::setData(results::ScoreHistogram histogram) {
    data_ = std::move(histogram);
    Refresh();
}

namespace {

wxString binLabel(double points) {
    if (points == std::floor(points)) return wxString::Format("%.0f", points);
    return wxString::Format("%.1f", points);
}

}  // namespace

void ScoreHistogramChart::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(colour(Colour::Background)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxSize size = GetClientSize();
    const int pad = FromDIP(10);
    const wxFont titleFont = GetFont().Scaled(1.15f).Bold();
    const wxFont labelFont = GetFont().Scaled(0.9f);

    gc->SetFont(titleFont, colour(Colour::Text));
    const wxString title = _("Score distribution");
    double titleW = 0, titleH = 0;
    gc->GetTextExtent(title, &titleW, &titleH);
    gc->DrawText(title, pad, pad);

    gc->SetFont(labelFont, colour(Colour::MutedText));
    double textW = 0, textH = 0;
    gc->GetTextExtent("0", &textW, &textH);
    const std::size_t largest = data_.max > 0 ? data_.largest() : 0;
    if (largest == 0) {
        const wxString empty = _("No scored results to show");
        double w = 0, h = 0;
        gc->GetTextExtent(empty, &w, &h);
        gc->DrawText(empty, (size.x - w) / 2, (size.y - h) / 2);
        return;
    }

    // The y axis counts people; its widest label sets the left margin.
    double countW = 0;
    gc->GetTextExtent(wxString::Format("%zu", largest), &countW, &textH);
    const double left = pad + countW + pad;
    const double right = size.x - pad - FromDIP(8);
    const double top = pad + titleH + pad + textH;  // room for the pass-mark label
    const double bottom = size.y - pad - textH - FromDIP(4);
    if (right - left < FromDIP(60) || bottom - top < FromDIP(40)) return;
    const double plotW = right - left;
    const double plotH = bottom - top - textH;  // room for the counts above the bars

    gc->SetPen(wxPen(colour(Colour::RailBorder), FromDIP(1)));
    gc->StrokeLine(left, bottom, right, bottom);

    const std::size_t bins = data_.counts.size();
    const double binW = plotW / static_cast<double>(bins);
    gc->SetBrush(wxBrush(colour(Colour::Accent)));
    gc->SetPen(*wxTRANSPARENT_PEN);
    for (std::size_t i = 0; i < bins; ++i) {
        const double x = left + binW * static_cast<double>(i);
        const std::size_t count = data_.counts[i];
        const double h = plotH * static_cast<double>(count) / static_cast<double>(largest);
        if (count > 0) {
            gc->DrawRectangle(x + binW * 0.1, bottom - h, binW * 0.8, h);
            const wxString label = wxString::Format("%zu", count);
            double w = 0, lh = 0;
            gc->GetTextExtent(label, &w, &lh);
            gc->SetFont(labelFont, colour(Colour::Text));
            gc->DrawText(label, x + (binW - w) / 2, bottom - h - lh);
            gc->SetFont(labelFont, colour(Colour::MutedText));
        }
    }
    // Bin edges under the axis: every edge when they fit, otherwise every other one.
    double widest = 0;
    for (std::size_t i = 0; i <= bins; ++i) {
        double w = 0, h = 0;
        gc->GetTextExtent(binLabel(data_.binStart(i)), &w, &h);
        widest = std::max(widest, w);
    }
    const std::size_t step = widest + FromDIP(4) > binW ? 2 : 1;
    for (std::size_t i = 0; i <= bins; i += step) {
        const wxString label = binLabel(data_.binStart(i));
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        const double x = std::clamp(left + binW * static_cast<double>(i) - w / 2, 0.0,
                                    static_cast<double>(size.x) - w);
        gc->DrawText(label, x, bottom + FromDIP(4));
    }

    if (data_.passMark > 0 && data_.passMark <= data_.max) {
        const double x =
            left + plotW * static_cast<double>(data_.passMark) / static_cast<double>(data_.max);
        wxPen dashed(colour(Colour::Error), FromDIP(2), wxPENSTYLE_SHORT_DASH);
        gc->SetPen(dashed);
        gc->StrokeLine(x, top - textH, x, bottom);
        const wxString label = wxString::Format(_("Pass mark %s"), pointsLabel(data_.passMark));
        gc->SetFont(labelFont, colour(Colour::Error));
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        // Beside the line, on whichever side has room.
        const double at = x + FromDIP(4) + w <= size.x - pad ? x + FromDIP(4) : x - FromDIP(4) - w;
        gc->DrawText(label, std::max(0.0, at), top - textH);
    }
}

}  // namespace tqm::gui
