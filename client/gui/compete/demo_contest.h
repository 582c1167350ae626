// A merged demo competition for the screenshot tour: the individual contest of
// question-bank/blueprints/competition-individual.xml made in the window's database, joined by
// two workstations (databases in memory, each with its own key) whose people sit it, and their
// signed packages written to a folder, together with a copy of one and an altered one, so that a
// merge shows every kind of outcome.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compete/contest.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

struct DemoContest {
    compete::Competition competition;
    std::vector<std::filesystem::path> packages;  // in the order a merge should take them
};

// Makes the demo in `folder` (created if needed); nothing, with `problem` set, when it cannot.
std::optional<DemoContest> makeDemoContest(LearnerWorkspace& workspace,
                                           const std::filesystem::path& folder,
                                           std::string& problem);

}  // namespace tqm::gui
