#include "session/course_quiz_state.h"

#include <algorithm>

#include "session/exam_overview.h"

namespace tqm::session {

std::map<std::string, std::int64_t, std::less<>> quizExamsByBlueprint(ExamService& service) {
    std::map<std::string, std::int64_t, std::less<>> exams;
    for (const store::ExamRecord& exam : service.listExams()) {
        const std::string blueprintId = blueprintIdOf(service, exam);
        if (blueprintId.empty()) continue;
        auto [it, inserted] = exams.emplace(blueprintId, exam.id);
        if (!inserted) it->second = std::min(it->second, exam.id);
    }
    return exams;
}

CourseQuizState courseQuizState(ExamService& service, std::optional<std::int64_t> examId,
                                std::int64_t personId, std::int64_t now) {
    CourseQuizState state;
    if (!examId) return state;
    const std::optional<ExamOverview> overview = examForPerson(service, *examId, personId, now);
    if (!overview) return state;
    state.examId = examId;
    state.attemptsUsed = overview->attemptsUsed;
    state.attemptsLeft = overview->attemptsLeft;
    state.maxPoints = overview->totalPoints;

    bool passed = false;
    bool pending = false;
    store::AttemptRepository& attempts = service.attempts();
    for (const std::int64_t id : attempts.latestAttemptIds(*examId, personId, state.attemptsUsed)) {
        const std::optional<store::AttemptRow> row = attempts.find(id);
        if (!row || !row->submitted()) continue;
        const exam::Centipoints earned = row->earned.value_or(0);
        state.bestEarned = std::max(state.bestEarned.value_or(earned), earned);
        if (row->maxPoints) state.maxPoints = *row->maxPoints;
        passed = passed || row->verdict == exam::Verdict::Pass;
        pending = pending || row->verdict == exam::Verdict::Pending;
    }
    if (passed)
        state.standing = QuizStanding::Passed;
    else if (overview->open)
        state.standing = QuizStanding::InProgress;
    else if (pending)
        state.standing = QuizStanding::AwaitingMarking;
    else if (!state.bestEarned)
        state.standing = QuizStanding::NotTaken;
    else
        state.standing = overview->canStart() ? QuizStanding::Failed : QuizStanding::OutOfAttempts;
    return state;
}

}  // namespace tqm::session
