#include "store/data_directory.h"

#include <cstdlib>

namespace tqm::store {

std::string systemEnvironment(const char* name) {
#if defined(_WIN32)
    // The narrow getenv() gives the ANSI code page, which mangles a Chinese user name.
    const wchar_t* value = _wgetenv(std::filesystem::path(name).wstring().c_str());
    if (!value) return {};
    const auto utf8 = std::filesystem::path(value).u8string();
    return std::string(utf8.begin(), utf8.end());
#else
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
#endif
}

std::optional<std::filesystem::path> userDataDirectory(const EnvironmentLookup& lookup) {
#if defined(_WIN32)
    const std::string appData = lookup("APPDATA");
    if (appData.empty()) return std::nullopt;
    return std::filesystem::u8path(appData);
#else
    const std::string home = lookup("HOME");
#if defined(__APPLE__)
    if (home.empty()) return std::nullopt;
    return std::filesystem::path(home) / "Library" / "Application Support";
#else
    // The XDG specification says a relative value is invalid and must be ignored.
    const std::filesystem::path xdg = lookup("XDG_DATA_HOME");
    if (xdg.is_absolute()) return xdg;
    if (home.empty()) return std::nullopt;
    return std::filesystem::path(home) / ".local" / "share";
#endif
#endif
}

std::optional<std::filesystem::path> defaultDatabasePath(const EnvironmentLookup& lookup) {
    const auto folder = userDataDirectory(lookup);
    if (!folder) return std::nullopt;
    return *folder / "tqm-trainer" / "tqm.db";
}

}  // namespace tqm::store
