// The `tqm course ...` commands: checking and listing the courseware (content/README.md).
#pragma once

#include <CLI/CLI.hpp>

namespace tqm::cli {

// Adds `course` with lint and list to `app`.
void addCourseCommands(CLI::App& app, int& exitCode);

}  // namespace tqm::cli
