// Bringing a restored window back on screen. wxPersistentRegisterAndRestore puts the main
// window where it was last closed; when that place is on a display that is gone (a projector
// unplugged, a laptop undocked) the window would open where nobody can see it or grab it.
#pragma once

#include <vector>

#include <wx/gdicmn.h>
#include <wx/toplevel.h>

namespace tqm::gui {

// Where `window` should be given the work areas of the displays (the first is the primary):
// unchanged when each of its corners lies on some display; otherwise made no larger than the
// display it overlaps most (the primary when it overlaps none) and moved the least distance
// that puts it wholly on that display.
wxRect placeOnScreen(const wxRect& window, const std::vector<wxRect>& displays);

// Moves and shrinks `window` with placeOnScreen() against the displays connected now; a
// maximized window is left to the window manager.
void bringOnScreen(wxTopLevelWindow& window);

}  // namespace tqm::gui
