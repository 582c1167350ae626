#include "app/window_placement.h"

#include <algorithm>

#include <wx/display.h>

namespace tqm::gui {

namespace {

bool onSomeDisplay(const wxPoint& point, const std::vector<wxRect>& displays) {
    return std::any_of(displays.begin(), displays.end(),
                       [&](const wxRect& display) { return display.Contains(point); });
}

long long overlapArea(const wxRect& a, const wxRect& b) {
    const wxRect common = a.Intersect(b);
    if (common.IsEmpty()) return 0;
    return static_cast<long long>(common.width) * common.height;
}

}  // namespace

wxRect placeOnScreen(const wxRect& window, const std::vector<wxRect>& displays) {
    if (displays.empty()) return window;
    const bool visible = onSomeDisplay(window.GetTopLeft(), displays) &&
                         onSomeDisplay(window.GetTopRight(), displays) &&
                         onSomeDisplay(window.GetBottomLeft(), displays) &&
                         onSomeDisplay(window.GetBottomRight(), displays);
    if (visible) return window;

    const wxRect* target = &displays.front();
    long long best = 0;
    for (const wxRect& display : displays) {
        const long long area = overlapArea(window, display);
        if (area > best) {
            best = area;
            target = &display;
        }
    }
    wxRect placed = window;
    placed.width = std::min(placed.width, target->width);
    placed.height = std::min(placed.height, target->height);
    placed.x = std::clamp(placed.x, target->x, target->GetRight() + 1 - placed.width);
    placed.y = std::clamp(placed.y, target->y, target->GetBottom() + 1 - placed.height);
    return placed;
}

void bringOnScreen(wxTopLevelWindow& window) {
    if (window.IsMaximized()) return;
    std::vector<wxRect> displays;
    const unsigned count = wxDisplay::GetCount();
    for (unsigned i = 0; i < count; ++i) {
        const wxDisplay display(i);
        if (display.IsPrimary())
            displays.insert(displays.begin(), display.GetClientArea());
        else
            displays.push_back(display.GetClientArea());
    }
    const wxRect now = window.GetRect();
    const wxRect placed = placeOnScreen(now, displays);
    if (placed != now) window.SetSize(placed);
}

}  // namespace tqm::gui
