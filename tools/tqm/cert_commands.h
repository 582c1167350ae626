// The `tqm cert ...` commands of the certificate lifecycle: statuses, what falls due, the
// matrix, coverage of key positions, and the desk actions (issue, renew, revoke, review, assign,
// unassign, issue-pending).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds `cert` and its lifecycle commands to `app`. `databasePath` is the global --db option,
// read when a command runs.
void addCertCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

// The two halves, each in its own file (cert_status_commands.cpp, cert_desk_commands.cpp).
void addCertStatusCommands(CLI::App* cert, const std::string& databasePath, int& exitCode);
void addCertDeskCommands(CLI::App* cert, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
