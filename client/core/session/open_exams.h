// The exams a person can sit now, as a learner's Home lists them: not closed, with an attempt in
// progress to resume or at least one attempt left. ExamService::start() keeps the same rules when
// an attempt is actually started.
#pragma once

#include <cstdint>
#include <vector>

#include "session/exam_service.h"

namespace tqm::session {

struct OpenExam {
    store::ExamRecord exam;
    int attemptsUsed = 0;  // started, submitted or not
    int attemptsLeft = 0;  // still to start
    bool inProgress = false;
    bool operator==(const OpenExam&) const = default;
};

// In the order ExamService::listExams() gives, at `now` (Unix ms UTC).
std::vector<OpenExam> openExamsFor(ExamService& service, std::int64_t personId, std::int64_t now);

}  // namespace tqm::session
