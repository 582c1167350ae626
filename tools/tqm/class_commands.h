// tqm class: training classes (培训班/期) — create, list, sign-in sheet import, sign-in by 工号,
// exams held in a class and the closing summary.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace tqm::cli {

void addClassCommands(CLI::App& app, const std::string& databasePath, int& exitCode);

}  // namespace tqm::cli
