// The 管理员 menu: lock the organizer screens again, change the organizer password.
#pragma once

#include <wx/frame.h>

#include "organizer/organizer_lock.h"

namespace tqm::gui {

// Adds the menu to `frame`'s menu bar, before Help; `lock` must outlive the frame's menus.
void addOrganizerMenu(wxFrame& frame, OrganizerLock& lock);

}  // namespace tqm::gui
