#include "app/language.h"

#include <cstdlib>
#include <memory>

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

namespace tqm::gui {

namespace {

std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}

void addCatalogLookupPaths() {
    // The build tree first, so a freshly built program and the tests use the catalogs just
    // compiled; then beside the program and in an installed layout.
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(TQM_LOCALE_BUILD_DIR));
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/../share/locale");
}

}  // namespace

std::optional<UiLanguage> languageFromName(std::string_view name) {
    if (name.starts_with("en")) return UiLanguage::English;
    if (name.starts_with("zh")) return UiLanguage::Chinese;
    return std::nullopt;
}

UiLanguage languageFromLocale(std::string_view lcAll, std::string_view lcMessages,
                              std::string_view lang) {
    for (std::string_view value : {lcAll, lcMessages, lang}) {
        if (value.empty()) continue;
        return value.starts_with("en") ? UiLanguage::English : UiLanguage::Chinese;
    }
    return UiLanguage::Chinese;
}

UiLanguage languageFromEnvironment() {
    return languageFromLocale(environment("LC_ALL"), environment("LC_MESSAGES"),
                              environment("LANG"));
}

void applyLanguage(UiLanguage language) {
    static const bool pathsAdded = [] {
        addCatalogLookupPaths();
        return true;
    }();
    (void)pathsAdded;

    auto translations = std::make_unique<wxTranslations>();
    translations->SetLanguage(language == UiLanguage::English ? wxLANGUAGE_ENGLISH_US
                                                              : wxLANGUAGE_CHINESE_SIMPLIFIED);
    translations->AddStdCatalog();
    translations->AddCatalog("tqm-trainer");
    // wxTranslations::Set takes ownership.
    wxTranslations::Set(translations.release());
}

UiLanguage currentLanguage() {
    wxTranslations* translations = wxTranslations::Get();
    if (!translations) return UiLanguage::Chinese;
    return translations->GetBestTranslation("tqm-trainer").StartsWith("zh") ? UiLanguage::Chinese
                                                                            : UiLanguage::English;
}

}  // namespace tqm::gui
