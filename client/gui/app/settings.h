// The client's remembered choices, typed, over wxConfig. Window geometry is not here: it is
// saved by wxPersistentRegisterAndRestore.
#pragma once

#include <wx/string.h>

namespace tqm::gui {

class Settings {
  public:
    // The folder the Open bank dialog starts in.
    wxString lastBankFolder() const;
    void setLastBankFolder(const wxString& folder);
};

}  // namespace tqm::gui
