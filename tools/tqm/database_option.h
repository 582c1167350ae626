// The global `--db PATH` option and opening the database it names, shared by every command that
// reads or writes the database.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "base/clock.h"
#include "store/database.h"

namespace tqm::cli {

// Adds `--db PATH` to `app`; `path` stays empty when it is not given.
void addDatabaseOption(CLI::App& app, std::string& path);

// Opens `path`, or the user's default database when it is empty. On failure prints why on
// standard error and returns nothing.
std::optional<store::Database> openDatabase(const std::string& path, const Clock& clock);

}  // namespace tqm::cli
