// The client's remembered choices, typed, over wxConfig. Window geometry is not here: it is
// saved by wxPersistentRegisterAndRestore.
#pragma once

#include <optional>

#include <wx/config.h>
#include <wx/string.h>

#include "app/font_size.h"
#include "app/language.h"

namespace tqm::gui {

class Settings {
  public:
    // Over the program's wxConfig (wxConfigBase::Get() at each call).
    Settings() = default;
    // Over `config`, which must outlive the settings (tests use a wxMemoryConfig).
    explicit Settings(wxConfigBase& config) : config_(&config) {}

    // The folder the Open bank dialog starts in.
    wxString lastBankFolder() const;
    void setLastBankFolder(const wxString& folder);
    // The interface language chosen in the settings; nothing until one is chosen there.
    std::optional<UiLanguage> language() const;
    void setLanguage(UiLanguage language);
    // Standard until another size is chosen.
    FontSize fontSize() const;
    void setFontSize(FontSize size);
    // 单位名称: the organization named in the header of every report; empty until one is given.
    wxString organizationName() const;
    void setOrganizationName(const wxString& name);

  private:
    wxConfigBase& config() const { return config_ ? *config_ : *wxConfigBase::Get(); }

    wxConfigBase* config_ = nullptr;
};

}  // namespace tqm::gui
