// The interface language: Chinese unless the locale or the command line asks for English.
#pragma once

#include <optional>
#include <string_view>

namespace tqm::gui {

enum class UiLanguage { Chinese, English };

// "zh_CN" (also "zh", "zh-CN", "zh_CN.UTF-8") or "en" (also "en_US", "en-GB", ...).
std::optional<UiLanguage> languageFromName(std::string_view name);

// Decides from the values of LC_ALL, LC_MESSAGES and LANG, in POSIX precedence: the first one
// that is set decides; English when it starts with "en", Chinese otherwise.
UiLanguage languageFromLocale(std::string_view lcAll, std::string_view lcMessages,
                              std::string_view lang);
UiLanguage languageFromEnvironment();

// Installs the translations of `language` for the whole program: our catalog "tqm-trainer" and wx's
// own "wxstd" catalog for stock labels when one is installed. Works without the system locale
// for that language being installed.
void applyLanguage(UiLanguage language);

// The language applyLanguage() installed last (Chinese before any call).
UiLanguage currentLanguage();

}  // namespace tqm::gui
