// What Home shows a signed-in learner besides 继续学习: the courses under way with their
// progress, the wrong-answer book's reviews due today, and the exams open to them. Read from the
// core each time Home is shown.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <wx/string.h>

#include "bank_browser/bank_library.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

struct CourseUnderWay {
    wxString title;
    int percent = 0;  // lessons finished
    wxString detail;  // "Lessons finished: 1 of 4 · 6 study hours"
};

struct OpenExamLine {
    wxString title;
    wxString detail;  // "30 minutes · 2 attempts left" or "in progress"
};

struct LearnerHome {
    std::vector<CourseUnderWay> courses;
    wxString hoursEarned;        // all courses, as the ledger has them: "4.5"
    std::size_t inBook = 0;      // entries in the wrong-answer book
    std::size_t reviewsDue = 0;  // what today's review would practise
    std::vector<OpenExamLine> exams;
};

// Empty when nobody is signed in or there is no database.
std::optional<LearnerHome> learnerHome(LearnerWorkspace& workspace, const BankLibrary& library);

}  // namespace tqm::gui
