#include "app/settings.h"

#include <wx/config.h>

namespace tqm::gui {

namespace {
constexpr const char* kLastBankFolder = "/Banks/LastFolder";
}

wxString Settings::lastBankFolder() const {
    return wxConfigBase::Get()->Read(kLastBankFolder, wxString());
}

void Settings::setLastBankFolder(const wxString& folder) {
    wxConfigBase::Get()->Write(kLastBankFolder, folder);
}

}  // namespace tqm::gui
