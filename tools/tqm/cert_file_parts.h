// The parts of cert_file_commands.cpp kept in their own files.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// `tqm cert register`.
void addCertRegisterCommand(CLI::App& cert, const std::string& databasePath, int& exitCode);

// `tqm cert print`, `tqm cert verify` and `tqm cert public-key`.
void addCertCodeCommands(CLI::App& cert, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
