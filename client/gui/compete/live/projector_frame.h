// The projector: a second top-level window for the hall, full screen on the display the host
// chose (windowed when there is only one display, with a key to toggle). It shows what the
// console gives it and never the answer; buzzer keys pressed while it has the focus reach the
// console through `onKey`.
#pragma once

#include <functional>

#include <wx/frame.h>

#include "compete/live/projector_canvas.h"

namespace tqm::gui {

class ProjectorFrame : public wxFrame {
  public:
    // `onKey` gets every key first (the console's buzzer and shortcut handling) and returns
    // whether it used it.
    ProjectorFrame(const wxString& title, std::function<bool(wxKeyEvent&)> onKey);

    // Places the window on display `display` (full screen when `fullScreen`).
    void placeOn(unsigned display, bool fullScreen);
    void toggleFullScreen();
    // Stops passing keys on: the console that took them is going away.
    void detach() { onKey_ = nullptr; }
    void show(ProjectorView view) { canvas_->show(std::move(view)); }
    ProjectorCanvas* canvas() const { return canvas_; }

  private:
    void onCharHook(wxKeyEvent& event);

    ProjectorCanvas* canvas_ = nullptr;
    std::function<bool(wxKeyEvent&)> onKey_;
};

}  // namespace tqm::gui
