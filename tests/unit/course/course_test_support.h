// What the courseware tests share: the test courses under tests/data/courses/ and diagnostics as
// lines with the folder's path left out, so that expected output reads like `tqm course lint`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace tqm::coursetest {

inline std::filesystem::path coursesDir() {
    return std::filesystem::path(TQM_TEST_DATA_DIR) / "courses";
}

// formatDiagnostic() of each, with "<coursesDir>/" removed from the front of the file name.
inline std::vector<std::string> linesOf(const std::vector<Diagnostic>& diagnostics) {
    const std::string prefix = coursesDir().string() + "/";
    std::vector<std::string> lines;
    for (Diagnostic diagnostic : diagnostics) {
        if (diagnostic.file.starts_with(prefix)) diagnostic.file.erase(0, prefix.size());
        lines.push_back(formatDiagnostic(diagnostic));
    }
    return lines;
}

}  // namespace tqm::coursetest
