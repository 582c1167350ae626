#include "reports/report_chart_panel.h"

#include <algorithm>
#include <memory>

#include <wx/dcclient.h>
#include <wx/graphics.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kMargin = 16;
constexpr int kBarHeight = 18;
constexpr int kBarGap = 4;
constexpr int kGroupGap = 14;
constexpr int kLegendHeight = 28;
constexpr int kValueWidth = 64;  // room right of the longest bar for "100.0%"

// Told apart by colour, as the PDF tells at most four series apart.
wxColour seriesColour(std::size_t series) {
    switch (series % 4) {
        case 0:
            return colour(Colour::Accent);
        case 1:
            return colour(Colour::Correct);
        case 2:
            return colour(Colour::Warning);
        default:
            return colour(Colour::Error);
    }
}
}  // namespace

ReportChartPanel::ReportChartPanel(wxWindow* parent, reports::ReportChart chart)
    : wxScrolledWindow(parent, wxID_ANY), chart_(std::move(chart)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(colour(Colour::Background));
    const int height = FromDIP(kMargin * 2 + kLegendHeight) +
                       static_cast<int>(chart_.labels.size()) * groupHeight();
    SetVirtualSize(-1, height);
    SetScrollRate(0, FromDIP(10));
    Bind(wxEVT_PAINT, &ReportChartPanel::onPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

int ReportChartPanel::groupHeight() const {
    const auto bars = static_cast<int>(std::max<std::size_t>(1, chart_.series.size()));
    return FromDIP(bars * (kBarHeight + kBarGap) + kGroupGap);
}

int ReportChartPanel::labelWidth() const {
    int width = FromDIP(60);
    for (const std::string& label : chart_.labels)
        width = std::max(width, GetTextExtent(wxString::FromUTF8(label)).x);
    return std::min(width + FromDIP(12), GetClientSize().x / 3);
}

void ReportChartPanel::onPaint(wxPaintEvent&) {
    wxPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(colour(Colour::Background)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    gc->SetFont(GetFont(), colour(Colour::Text));

    const int margin = FromDIP(kMargin);
    const int labels = labelWidth();
    const int left = margin + labels;
    const int barSpace =
        std::max(FromDIP(40), GetClientSize().x - left - margin - FromDIP(kValueWidth));
    // The legend: a swatch and the series' name for each series.
    double x = margin;
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(seriesColour(s)));
        gc->DrawRectangle(x, margin + FromDIP(3), FromDIP(14), FromDIP(14));
        const wxString name = wxString::FromUTF8(chart_.series[s].first);
        gc->DrawText(name, x + FromDIP(20), margin);
        double width = 0, height = 0;
        gc->GetTextExtent(name, &width, &height);
        x += FromDIP(20) + width + FromDIP(24);
    }
    // A faint line at 0, 50 and 100 percent, so the bars can be read against it.
    const int top = margin + FromDIP(kLegendHeight);
    const int bottom = top + static_cast<int>(chart_.labels.size()) * groupHeight();
    gc->SetPen(wxPen(colour(Colour::MutedText), 1, wxPENSTYLE_DOT));
    for (int tenth : {0, 5, 10}) {
        const double at = left + barSpace * tenth / 10.0;
        gc->StrokeLine(at, top, at, bottom - FromDIP(kGroupGap));
    }
    for (std::size_t l = 0; l < chart_.labels.size(); ++l) {
        const int groupTop = top + static_cast<int>(l) * groupHeight();
        const wxString label = wxString::FromUTF8(chart_.labels[l]);
        gc->SetFont(GetFont(), colour(Colour::Text));
        gc->DrawText(label, margin, groupTop);
        for (std::size_t s = 0; s < chart_.series.size(); ++s) {
            const auto& values = chart_.series[s].second;
            const double value = l < values.size() ? std::clamp(values[l], 0.0, 100.0) : 0.0;
            const double y = groupTop + static_cast<double>(s) * FromDIP(kBarHeight + kBarGap);
            const double width = barSpace * value / 100.0;
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->SetBrush(wxBrush(seriesColour(s)));
            gc->DrawRectangle(left, y, std::max(width, 1.0), FromDIP(kBarHeight));
            gc->SetFont(GetFont(), colour(Colour::MutedText));
            gc->DrawText(wxString::Format("%.1f%%", value), left + width + FromDIP(6), y);
        }
    }
}

}  // namespace tqm::gui
