#include "widgets/nav_rail.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include "widgets/colours.h"
#include "widgets/icons.h"

namespace tqm::gui {

wxDEFINE_EVENT(TQM_EVT_NAV_RAIL_SELECTED, wxCommandEvent);

namespace {
constexpr int kRailWidth = 92;
constexpr int kEntryHeight = 76;
// A window too short for every entry at kEntryHeight squeezes them down to this, with a smaller
// icon closer to its label, so that every screen stays reachable at the frame's minimum height.
constexpr int kMinEntryHeight = 44;
constexpr int kCompactBelow = 64;  // entries lower than this get the small icon
constexpr int kTopGap = 12;
constexpr int kIconSize = 28;
constexpr int kCompactIconSize = 20;
constexpr int kPillMargin = 8;
constexpr int kLabelPadding = 16;  // from the label to the rail's edges
}  // namespace

NavRail::NavRail(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    wxFont font = GetFont();
    font.SetPointSize(font.GetPointSize() + 1);
    SetFont(font);
    Bind(wxEVT_PAINT, &NavRail::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &NavRail::onMouse, this);
    Bind(wxEVT_MOTION, &NavRail::onMouse, this);
    Bind(wxEVT_LEAVE_WINDOW, &NavRail::onMouse, this);
    Bind(wxEVT_KEY_DOWN, &NavRail::onKey, this);
    Bind(wxEVT_SYS_COLOUR_CHANGED, &NavRail::onSysColourChanged, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) {
        Refresh();
        event.Skip();
    });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        Refresh();
        event.Skip();
    });
}

void NavRail::addEntry(const std::string& icon, const wxString& label) {
    Entry entry{icon, label, {}, {}, false};
    loadIcons(entry);
    entries_.push_back(std::move(entry));
    if (selection_ < 0) selection_ = 0;
    InvalidateBestSize();
    Refresh();
}

void NavRail::setLabel(int index, const wxString& label) {
    entries_.at(index).label = label;
    InvalidateBestSize();
    Refresh();
}

void NavRail::setLocked(int index, bool locked) {
    entries_.at(index).locked = locked;
    Refresh();
}

void NavRail::setSelection(int index) {
    wxASSERT(index >= 0 && index < entryCount());
    selection_ = index;
    Refresh();
}

void NavRail::loadIcons(Entry& entry) const {
    const wxSize size(kIconSize, kIconSize);
    entry.normalIcon = themedIcon(entry.icon, colour(Colour::RailText), size);
    entry.selectedIcon = themedIcon(entry.icon, colour(Colour::RailSelectedText), size);
}

wxSize NavRail::DoGetBestClientSize() const {
    // Wide enough for the longest label, which in English is longer than the icon's column.
    int width = FromDIP(kRailWidth);
    for (const Entry& entry : entries_)
        width = std::max(width, GetTextExtent(entry.label).x + 2 * FromDIP(kLabelPadding));
    // Only as tall as the squeezed entries need: the rail fills the window's height anyway.
    return {width, FromDIP(kTopGap + kMinEntryHeight * std::max(1, entryCount()))};
}

int NavRail::entryHeight() const {
    const int fits = (GetClientSize().y - FromDIP(kTopGap)) / std::max(1, entryCount());
    return std::clamp(fits, FromDIP(kMinEntryHeight), FromDIP(kEntryHeight));
}

bool NavRail::compact() const {
    return entryHeight() < FromDIP(kCompactBelow);
}

wxRect NavRail::entryRect(int index) const {
    const int height = entryHeight();
    return {0, FromDIP(kTopGap) + index * height, GetClientSize().x, height};
}

int NavRail::entryAt(const wxPoint& point) const {
    for (int i = 0; i < entryCount(); ++i)
        if (entryRect(i).Contains(point)) return i;
    return -1;
}

void NavRail::select(int index) {
    if (index < 0 || index >= entryCount() || index == selection_) return;
    selection_ = index;
    Refresh();
    wxCommandEvent event(TQM_EVT_NAV_RAIL_SELECTED, GetId());
    event.SetEventObject(this);
    event.SetInt(index);
    ProcessWindowEvent(event);
}

void NavRail::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const wxSize client = GetClientSize();
    dc.SetBackground(wxBrush(colour(Colour::RailBackground)));
    dc.Clear();
    dc.SetPen(wxPen(colour(Colour::RailBorder), FromDIP(1)));
    dc.DrawLine(client.x - 1, 0, client.x - 1, client.y);

    dc.SetFont(GetFont());
    const bool small = compact();
    const int iconSize = FromDIP(small ? kCompactIconSize : kIconSize);
    const int margin = FromDIP(kPillMargin);
    for (int i = 0; i < entryCount(); ++i) {
        const Entry& entry = entries_[i];
        const wxRect rect = entryRect(i);
        const bool selected = i == selection_;
        const wxRect pill = rect.Deflate(margin, FromDIP(small ? 2 : 4));
        if (selected || i == hover_) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(
                colour(selected ? Colour::RailSelectedBackground : Colour::RailHoverBackground)));
            dc.DrawRoundedRectangle(pill, FromDIP(10));
        }
        if (selected && focusRing_ && HasFocus()) {
            dc.SetPen(wxPen(colour(Colour::RailSelectedText), FromDIP(1), wxPENSTYLE_DOT));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawRoundedRectangle(pill.Deflate(FromDIP(2), FromDIP(2)), FromDIP(8));
        }
        const wxBitmap icon = (selected ? entry.selectedIcon : entry.normalIcon)
                                  .GetBitmap(wxSize(iconSize, iconSize));
        const wxSize textSize = dc.GetTextExtent(entry.label);
        const int gap = FromDIP(small ? 2 : 6);
        const int top = pill.y + (pill.height - iconSize - gap - textSize.y) / 2;
        const int iconLeft = rect.x + (rect.width - icon.GetLogicalWidth()) / 2;
        dc.DrawBitmap(icon, iconLeft, top, true);
        if (entry.locked)
            drawPadlock(dc, wxPoint(iconLeft + iconSize - FromDIP(4), top + iconSize - FromDIP(12)),
                        colour(selected ? Colour::RailSelectedText : Colour::RailText));
        dc.SetTextForeground(colour(selected ? Colour::RailSelectedText : Colour::RailText));
        dc.DrawText(entry.label, rect.x + (rect.width - textSize.x) / 2, top + iconSize + gap);
    }
}

// A small padlock at the icon's lower right corner: drawn, so that it follows the theme's
// colours and needs no icon of its own.
void NavRail::drawPadlock(wxDC& dc, const wxPoint& topLeft, const wxColour& colour) const {
    const int width = FromDIP(11);
    const int bodyHeight = FromDIP(8);
    const int shackle = FromDIP(6);
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.SetPen(wxPen(colour, FromDIP(2)));
    dc.DrawEllipticArc(topLeft.x + FromDIP(2), topLeft.y, width - FromDIP(4), shackle * 2, 0, 180);
    dc.DrawLine(topLeft.x + FromDIP(2), topLeft.y + shackle, topLeft.x + FromDIP(2),
                topLeft.y + shackle + FromDIP(1));
    dc.DrawLine(topLeft.x + width - FromDIP(2), topLeft.y + shackle, topLeft.x + width - FromDIP(2),
                topLeft.y + shackle + FromDIP(1));
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(colour));
    dc.DrawRoundedRectangle(topLeft.x, topLeft.y + shackle, width, bodyHeight, FromDIP(2));
}

void NavRail::onMouse(wxMouseEvent& event) {
    const int under = event.Leaving() ? -1 : entryAt(event.GetPosition());
    if (event.LeftDown()) {
        focusRing_ = false;
        SetFocus();
        select(under);
    }
    if (under != hover_) {
        hover_ = under;
        SetCursor(under >= 0 ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        Refresh();
    }
    event.Skip();
}

void NavRail::onKey(wxKeyEvent& event) {
    focusRing_ = true;
    switch (event.GetKeyCode()) {
        case WXK_UP:
            select(selection_ - 1);
            break;
        case WXK_DOWN:
            select(selection_ + 1);
            break;
        case WXK_TAB:
            Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward
                                       : wxNavigationKeyEvent::IsForward);
            break;
        default:
            event.Skip();
    }
}

void NavRail::onSysColourChanged(wxSysColourChangedEvent& event) {
    for (Entry& entry : entries_) loadIcons(entry);
    Refresh();
    event.Skip();
}

}  // namespace tqm::gui
