// Reads a competition file (question-bank/schema/competition.xsd). Every problem is reported with
// file, line and column, not only the first: duplicate team ids, names or buzzer keys, unknown
// question ids, a round without questions, values out of range. Questions named by id are taken
// from the bank file the competition names, read with the bank reader.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "compete/team_contest.h"

namespace tqm::compete {

struct ContestReadResult {
    TeamContest contest;                  // whatever could be read
    std::vector<Diagnostic> diagnostics;  // in file order
    bool ok() const { return !hasErrors(diagnostics); }
};

ContestReadResult readContestFile(const std::filesystem::path& file);

// `fileName` is what diagnostics name; the bank file is looked for relative to `baseDir`.
ContestReadResult readContestBytes(std::string fileName, std::string_view bytes,
                                   const std::filesystem::path& baseDir);

}  // namespace tqm::compete
