// What courses refer to outside content/: the question banks (question-bank/banks/) and the quiz
// blueprints (question-bank/blueprints/). Every bank file in the folder is read; problems inside a
// bank or a blueprint are `tqm bank lint`'s business and are not repeated here, but a folder that
// cannot be read is reported.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "course/course.h"

namespace tqm::course {

struct QuestionSources {
    std::vector<bank::Bank> banks;  // by file name
    std::set<std::string> blueprintIds;
    std::vector<Diagnostic> diagnostics;  // folders that cannot be read

    const bank::Bank* findBank(std::string_view id) const;
    // The questions of the course's bank in its categories or their sub-categories; 0 when the
    // bank is unknown.
    std::size_t questionCount(const Course& course) const;
};

// Reads every *.xml bank in `banksDir` and the id of every *.xml blueprint in `blueprintsDir`.
QuestionSources readQuestionSources(const std::filesystem::path& banksDir,
                                    const std::filesystem::path& blueprintsDir);

}  // namespace tqm::course
