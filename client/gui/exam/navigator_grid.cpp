#include "exam/navigator_grid.h"

#include <algorithm>

#include <wx/dcbuffer.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {

wxColour mix(const wxColour& a, const wxColour& b, double share) {
    auto channel = [share](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share + 0.5);
    };
    return {channel(a.Red(), b.Red()), channel(a.Green(), b.Green()), channel(a.Blue(), b.Blue())};
}

}  // namespace

NavigatorGrid::NavigatorGrid(wxWindow* parent) : wxScrolledCanvas(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(10));
    SetMinSize(wxSize(5 * cellSize() + 6 * gap(), 3 * cellSize()));
    Bind(wxEVT_PAINT, &NavigatorGrid::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &NavigatorGrid::onClick, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        updateVirtualSize();
        Refresh();
        event.Skip();
    });
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        Refresh();
        event.Skip();
    });
}

wxColour NavigatorGrid::answeredColour() {
    return mix(colour(Colour::Background), colour(Colour::Accent), 0.75);
}

wxColour NavigatorGrid::flaggedColour() {
    return mix(colour(Colour::Background), colour(Colour::Warning), 0.55);
}

wxColour NavigatorGrid::unansweredColour() {
    return mix(colour(Colour::Background), colour(Colour::Text), 0.05);
}

void NavigatorGrid::setCells(std::vector<NavigatorCell> cells, std::size_t current) {
    cells_ = std::move(cells);
    current_ = current;
    updateVirtualSize();
    Refresh();
}

int NavigatorGrid::columns() const {
    return std::max(1, (GetClientSize().x - gap()) / (cellSize() + gap()));
}

void NavigatorGrid::updateVirtualSize() {
    const int rows = (static_cast<int>(cells_.size()) + columns() - 1) / columns();
    SetVirtualSize(-1, rows * (cellSize() + gap()) + gap());
}

void NavigatorGrid::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(colour(Colour::Background)));
    dc.Clear();
    dc.SetFont(GetFont().Bold());
    const int size = cellSize();
    const int perRow = columns();
    // Centre the block of cells in the width.
    const int used = perRow * (size + gap()) - gap();
    const int left = std::max(gap(), (GetClientSize().x - used) / 2);
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        const NavigatorCell& cell = cells_[i];
        const int column = static_cast<int>(i) % perRow;
        const int row = static_cast<int>(i) / perRow;
        const wxRect box(left + column * (size + gap()), gap() + row * (size + gap()), size, size);
        const wxColour fill = cell.answered ? answeredColour() : unansweredColour();
        dc.SetBrush(wxBrush(fill));
        dc.SetPen(wxPen(mix(colour(Colour::Background), colour(Colour::Text), 0.3), FromDIP(1)));
        dc.DrawRoundedRectangle(box, FromDIP(4));
        if (cell.flagged) {
            // A flag is a corner of its own, so an answered question can be flagged too.
            const int corner = size / 2;
            const wxPoint triangle[] = {box.GetTopRight() + wxPoint(1, 0),
                                        box.GetTopRight() + wxPoint(1 - corner, 0),
                                        box.GetTopRight() + wxPoint(1, corner)};
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(colour(Colour::Warning)));
            dc.DrawPolygon(3, triangle);
        }
        if (i == current_) {
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.SetPen(wxPen(colour(Colour::Text), FromDIP(3)));
            dc.DrawRoundedRectangle(wxRect(box).Deflate(FromDIP(1)), FromDIP(4));
        }
        dc.SetTextForeground(cell.answered ? colour(Colour::Background) : colour(Colour::Text));
        const wxString number = wxString::Format("%zu", i + 1);
        const wxSize extent = dc.GetTextExtent(number);
        dc.DrawText(number, box.x + (size - extent.x) / 2, box.y + (size - extent.y) / 2);
    }
}

void NavigatorGrid::onClick(wxMouseEvent& event) {
    const wxPoint at = CalcUnscrolledPosition(event.GetPosition());
    const int size = cellSize();
    const int perRow = columns();
    const int used = perRow * (size + gap()) - gap();
    const int left = std::max(gap(), (GetClientSize().x - used) / 2);
    const int column = (at.x - left) / (size + gap());
    const int row = (at.y - gap()) / (size + gap());
    if (at.x < left || at.y < gap() || column >= perRow) return;
    const std::size_t index = static_cast<std::size_t>(row * perRow + column);
    if (index < cells_.size() && onClick_) onClick_(index);
}

}  // namespace tqm::gui
