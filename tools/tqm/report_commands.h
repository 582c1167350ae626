// tqm report: the training base's reports as PDF, XLSX or CSV — the person file (一人一档),
// the class file (一期一档) and the study-hour ledger (学时台账). Every export is recorded in the audit log.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

void addReportCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
