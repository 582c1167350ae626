#include "session/open_exams.h"

#include <algorithm>

namespace tqm::session {

std::vector<OpenExam> openExamsFor(ExamService& service, std::int64_t personId, std::int64_t now) {
    std::vector<OpenExam> open;
    for (store::ExamRecord& exam : service.listExams()) {
        OpenExam item;
        item.inProgress = service.attempts().findOpen(exam.id, personId).has_value();
        item.attemptsUsed = service.attempts().countAttempts(exam.id, personId);
        item.attemptsLeft = std::max(0, exam.settings.attemptsAllowed - item.attemptsUsed);
        // An attempt in progress can be resumed after closing time; a new one cannot start.
        const bool closed = exam.settings.closesAt && now >= *exam.settings.closesAt;
        if (!item.inProgress && (closed || item.attemptsLeft == 0)) continue;
        item.exam = std::move(exam);
        open.push_back(std::move(item));
    }
    return open;
}

}  // namespace tqm::session
