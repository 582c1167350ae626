// tqm exam: making exams from blueprints, sitting them (scripted or in the terminal), submitting,
// marking essays, extra time, results and item analysis.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

void addExamCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
