// The `tqm compete ...` commands: replaying a live team competition from a script of events and
// exporting a competition's event log (tools/tqm/README.md, "Competition scripts").
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds `compete` with run and log to `app`.
void addCompeteCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
