// What a learner can choose to practise: each course whose bank is loaded (its categories), then
// each category of each loaded bank (with its sub-categories), with how many questions each has.
#pragma once

#include <cstddef>
#include <vector>

#include <wx/string.h>

#include "bank_browser/bank_library.h"
#include "learn/learner_workspace.h"
#include "session/practice_selection.h"

namespace tqm::gui {

struct PracticeSource {
    wxString title;
    wxString kind;  // 课程 or the bank's title
    const bank::Bank* bank = nullptr;
    std::vector<session::CategoryChoice> categories;
    std::size_t questions = 0;
};

std::vector<PracticeSource> practiceSources(const LearnerWorkspace& workspace,
                                            const BankLibrary& library);

// The loaded banks, for the wrong-answer book and today's review.
std::vector<const bank::Bank*> loadedBanks(const BankLibrary& library);

}  // namespace tqm::gui
