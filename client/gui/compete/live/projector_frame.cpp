#include "compete/live/projector_frame.h"

#include <wx/display.h>
#include <wx/sizer.h>

namespace tqm::gui {

ProjectorFrame::ProjectorFrame(const wxString& title, std::function<bool(wxKeyEvent&)> onKey)
    // Not a child of the main window: closing or minimising one leaves the other as it is.
    : wxFrame(nullptr, wxID_ANY, title), onKey_(std::move(onKey)) {
    canvas_ = new ProjectorCanvas(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(canvas_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    SetClientSize(FromDIP(wxSize(1280, 800)));
    Bind(wxEVT_CHAR_HOOK, &ProjectorFrame::onCharHook, this);
}

void ProjectorFrame::placeOn(unsigned display, bool fullScreen) {
    if (display >= wxDisplay::GetCount()) display = 0;
    const wxRect area = wxDisplay(display).GetClientArea();
    if (IsFullScreen()) ShowFullScreen(false);
    SetSize(area.x + area.width / 10, area.y + area.height / 10, area.width * 4 / 5,
            area.height * 4 / 5);
    Show();
    if (fullScreen) ShowFullScreen(true);
}

void ProjectorFrame::toggleFullScreen() {
    ShowFullScreen(!IsFullScreen());
}

void ProjectorFrame::onCharHook(wxKeyEvent& event) {
    if (onKey_ && onKey_(event)) return;
    // F11 and Escape are the projector's own: leave or enter full screen.
    if (event.GetKeyCode() == WXK_ESCAPE && IsFullScreen()) {
        ShowFullScreen(false);
        return;
    }
    if (event.GetKeyCode() == WXK_F11 && !event.HasAnyModifiers()) {
        toggleFullScreen();
        return;
    }
    event.Skip();
}

}  // namespace tqm::gui
