// The `tqm bank ...` commands. Each command stores its exit code in `exitCode` when it runs.
#pragma once

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds `bank` with lint, stats, import and export to `app`.
void addBankCommands(CLI::App& app, int& exitCode);

// Adds import and export to the `bank` command (bank_transfer_commands.cpp).
void addBankTransferCommands(CLI::App& bank, int& exitCode);

}  // namespace tqm::cli
