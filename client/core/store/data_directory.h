// Where the database lives when the user does not say (--db): the per-user data folder each
// system defines, so that an ordinary account can write it without administrator rights.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace tqm::store {

// Looks up an environment variable; empty when it is not set.
using EnvironmentLookup = std::function<std::string(const char* name)>;

std::string systemEnvironment(const char* name);

// $XDG_DATA_HOME (when absolute) or ~/.local/share on Linux, %APPDATA% on Windows,
// ~/Library/Application Support on macOS; nothing when the variables it needs are unset.
std::optional<std::filesystem::path> userDataDirectory(
    const EnvironmentLookup& lookup = systemEnvironment);

// userDataDirectory()/tqm-trainer/tqm.db. Database::open() creates the folders on first use.
std::optional<std::filesystem::path> defaultDatabasePath(
    const EnvironmentLookup& lookup = systemEnvironment);

}  // namespace tqm::store
