// The file side of `tqm cert ...`: importing the four certificate files, exporting the register,
// printing certificates, verifying codes and handing out the public key.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds types import, positions import, requirements import, import, register, print, verify and
// public-key to the `cert` command group. `databasePath` is the global --db option, read when a
// command runs.
void addCertFileCommands(CLI::App& cert, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
