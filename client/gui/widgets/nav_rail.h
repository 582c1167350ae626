// The navigation rail: a vertical column of large icon-and-label entries on the left of the main
// window, one per screen. Drawn by hand in the theme's colours; sends TQM_EVT_NAV_RAIL_SELECTED
// (a wxCommandEvent whose GetInt() is the entry's index) when the user picks an entry.
#pragma once

#include <string>
#include <vector>

#include <wx/bmpbndl.h>
#include <wx/dc.h>
#include <wx/event.h>
#include <wx/panel.h>

namespace tqm::gui {

wxDECLARE_EVENT(TQM_EVT_NAV_RAIL_SELECTED, wxCommandEvent);

class NavRail : public wxPanel {
  public:
    explicit NavRail(wxWindow* parent);

    // `icon` names an SVG under client/resources/icons.
    void addEntry(const std::string& icon, const wxString& label);
    void setLabel(int index, const wxString& label);
    // Draws a padlock on the entry while its screen needs a password.
    void setLocked(int index, bool locked);
    bool isLocked(int index) const { return entries_.at(index).locked; }
    // Selects without sending an event, as a program-driven change.
    void setSelection(int index);
    int selection() const { return selection_; }
    int entryCount() const { return static_cast<int>(entries_.size()); }
    wxString label(int index) const { return entries_.at(index).label; }
    // Where the entry is drawn and clicked, in client coordinates.
    wxRect entryRect(int index) const;

  private:
    struct Entry {
        std::string icon;
        wxString label;
        wxBitmapBundle normalIcon;
        wxBitmapBundle selectedIcon;
        bool locked = false;
    };

    wxSize DoGetBestClientSize() const override;
    // Each entry's height: 76 DIP, or less when the rail is too short to show them all.
    int entryHeight() const;
    bool compact() const;
    int entryAt(const wxPoint& point) const;
    void loadIcons(Entry& entry) const;
    void select(int index);  // by the user: sends the event
    void onPaint(wxPaintEvent& event);
    void drawPadlock(wxDC& dc, const wxPoint& topLeft, const wxColour& colour) const;
    void onMouse(wxMouseEvent& event);
    void onKey(wxKeyEvent& event);
    void onSysColourChanged(wxSysColourChangedEvent& event);

    std::vector<Entry> entries_;
    int selection_ = -1;
    int hover_ = -1;
    bool focusRing_ = false;  // shown once the keyboard is used, as GTK does
};

}  // namespace tqm::gui
