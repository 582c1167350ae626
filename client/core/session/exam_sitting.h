// Sitting down to an exam: the person's open attempt is resumed (the timer policy applied, and
// the attempt submitted at its deadline if that has passed, also long after a crash), or, when
// there is none, a paper is assembled from the exam's blueprint and bank and a new attempt
// starts with it. The GUI's exam screen and `tqm exam take` both begin here.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/diagnostic.h"
#include "session/exam_service.h"
#include "store/people_repository.h"

namespace tqm::session {

struct SittingResult {
    std::optional<AttemptView> attempt;       // running: answer it
    bool resumed = false;                     // the attempt existed before this call
    std::optional<Submission> autoSubmitted;  // the open attempt's time had run out
    std::optional<Refusal> refusal;           // no attempts left, exam closed, ...
    std::vector<Diagnostic> diagnostics;      // the bank's and the assembly's, when assembling
};

SittingResult openSitting(ExamService& service, std::int64_t examId, const store::Person& person);

}  // namespace tqm::session
