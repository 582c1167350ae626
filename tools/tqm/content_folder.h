// Where the courseware is when a command is not told: the repository's (or installation's)
// content/ folder.
#pragma once

#include <filesystem>
#include <optional>

namespace tqm::cli {

// content/ above the current folder (as a relative path), else above the program's own folder;
// nothing when neither has one (a folder counts when it holds content/schema/course.xsd).
std::optional<std::filesystem::path> findContentFolder();

}  // namespace tqm::cli
