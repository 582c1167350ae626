// What the importer tests look at in an ImportResult, as plain values Catch2 can compare and print.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/interchange/import_result.h"

namespace tqm::bank::testing {

// Every diagnostic as the command line prints it: "FILE:LINE:COL: error: CODE: message".
inline std::vector<std::string> messages(const ImportResult& result) {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics) out.push_back(formatDiagnostic(d));
    return out;
}

inline std::vector<std::string> texts(const std::vector<std::string_view>& views) {
    return {views.begin(), views.end()};
}

// The options of a choice question as (text, correct) pairs.
inline std::vector<std::pair<std::string, bool>> choices(const Question& q) {
    std::vector<std::pair<std::string, bool>> out;
    for (const auto& c : q.choices) out.emplace_back(std::string(c.text), c.correct);
    return out;
}

// The only question of a one-question import that must succeed without any diagnostic.
inline const Question& only(const ImportResult& result) {
    REQUIRE(messages(result) == std::vector<std::string>{});
    REQUIRE(result.bank.questions.size() == 1);
    return result.bank.questions.front();
}

}  // namespace tqm::bank::testing
