// The `tqm people ...` commands: the roster of workers kept in the database.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds `people` with import and list to `app`. `databasePath` is the global --db option, read
// when a command runs.
void addPeopleCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
