// Helpers for the Moodle XML tests: the real Moodle files read in place, and small quizzes built
// from inline questions.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace tqm::bank::testing {

inline std::string readMoodleFixture(std::string_view name) {
    std::ifstream in(std::string(TQM_FIXTURES_DIR) + "/moodle/xml/" + std::string(name),
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A Moodle XML file whose first question starts on line 3, column 1.
inline std::string quiz(std::string_view questions) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + std::string(questions) +
           "</quiz>\n";
}

inline std::vector<std::string> codesOf(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> codes;
    for (const Diagnostic& d : diagnostics) codes.push_back(d.code);
    return codes;
}

}  // namespace tqm::bank::testing
