// The projector's picture, painted at the size of the screen it fills: the question (never the
// answer), a large countdown turning amber and then red, who buzzed in the team's colour, the
// scoreboard with big digits, and at the end a podium. Every font is the window's own font
// scaled to the height of the window, so it reads from the back of a hall at any resolution.
#pragma once

#include <wx/dc.h>
#include <wx/window.h>

#include "compete/live/projector_view.h"

namespace tqm::gui {

class ProjectorCanvas : public wxWindow {
  public:
    explicit ProjectorCanvas(wxWindow* parent);

    void show(ProjectorView view);
    const ProjectorView& view() const { return view_; }

  private:
    void onPaint(wxPaintEvent& event);
    // The height of a line of the base font at this window's size, for scaling fonts.
    double scale() const;
    wxFont fontOf(double size, bool bold) const;
    void paintHeader(wxDC& dc, const wxRect& area);
    void paintQuestion(wxDC& dc, const wxRect& area);
    void paintCountdown(wxDC& dc, const wxRect& area);
    void paintScoreboard(wxDC& dc, const wxRect& area);
    void paintPodium(wxDC& dc, const wxRect& area);

    ProjectorView view_;
};

// `text` broken into lines no wider than `width` in `dc`'s font: between any two Chinese
// characters, and at spaces in Latin text.
std::vector<wxString> wrapForDc(wxDC& dc, const wxString& text, int width);

}  // namespace tqm::gui
