// tqm compete (individual contests) and tqm package: making a competition on every workstation,
// sitting it, exporting each workstation's signed result package, trusting workstation keys,
// merging packages, and the merged ranking and per-unit figures as CSV, XLSX or PDF.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// The `compete` command group, made here or taken as another part of the program made it.
CLI::App* competeCommand(CLI::App& app);

void addCompeteContestCommands(CLI::App& app, const std::string& databasePath, int& exitCode);
void addPackageCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
