#include "app/settings.h"

namespace tqm::gui {

namespace {
constexpr const char* kLastBankFolder = "/Banks/LastFolder";
constexpr const char* kLanguage = "/Interface/Language";
constexpr const char* kFontSize = "/Interface/FontSizePercent";
constexpr const char* kOrganizationName = "/Reports/OrganizationName";
}  // namespace

wxString Settings::lastBankFolder() const {
    return config().Read(kLastBankFolder, wxString());
}

void Settings::setLastBankFolder(const wxString& folder) {
    config().Write(kLastBankFolder, folder);
}

std::optional<UiLanguage> Settings::language() const {
    return languageFromName(config().Read(kLanguage, wxString()).utf8_string());
}

void Settings::setLanguage(UiLanguage language) {
    config().Write(kLanguage, language == UiLanguage::English ? "en" : "zh_CN");
    config().Flush();
}

FontSize Settings::fontSize() const {
    return fontSizeFromPercent(static_cast<int>(config().ReadLong(kFontSize, 100)))
        .value_or(FontSize::Standard);
}

void Settings::setFontSize(FontSize size) {
    config().Write(kFontSize, static_cast<long>(fontSizePercent(size)));
    config().Flush();
}

wxString Settings::organizationName() const {
    return config().Read(kOrganizationName, wxString());
}

void Settings::setOrganizationName(const wxString& name) {
    config().Write(kOrganizationName, name.Strip(wxString::both));
    config().Flush();
}

}  // namespace tqm::gui
