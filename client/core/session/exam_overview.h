// The exams as one person sees them on the 考试 screen: which they may sit, with the paper's size,
// the attempts used and left, and whether an attempt is running or a result is there to read.
// Computed here so that the screen and any other front end list and order them the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "exam/points.h"
#include "session/exam_service.h"

namespace tqm::session {

enum class ExamState : std::uint8_t {
    NotStarted,  // no attempt yet, and one may start
    InProgress,  // an attempt is running: resume it
    Submitted,   // the latest attempt is submitted; another may start when attemptsLeft > 0
};

struct ExamOverview {
    store::ExamRecord exam;
    std::size_t questionCount = 0;  // of the blueprint; 0 when it cannot be read
    exam::Centipoints totalPoints = 0;
    int attemptsUsed = 0;
    int attemptsLeft = 0;
    bool closed = false;  // closes_at reached: no attempt may start
    ExamState state = ExamState::NotStarted;
    std::optional<store::AttemptRow> open;           // the running attempt
    std::optional<store::AttemptRow> lastSubmitted;  // the latest submitted attempt

    // Whether starting a new attempt would be accepted now.
    bool canStart() const { return !open && !closed && attemptsLeft > 0; }
    // Whether the person can sit the exam now: resume the running attempt (even after closing
    // time) or start a new one. ExamService::start() keeps the same rules.
    bool canSitNow() const { return open.has_value() || canStart(); }
};

// Every exam the person may still sit (not closed) and every exam they have an attempt of:
// running attempts first, then exams not started, then those with a result, each by exam id.
std::vector<ExamOverview> examsForPerson(ExamService& service, std::int64_t personId,
                                         std::int64_t now);

// The exams of examsForPerson the person can sit now (canSitNow), in the same order: what a
// learner's Home lists as open exams.
std::vector<ExamOverview> examsOpenTo(ExamService& service, std::int64_t personId,
                                      std::int64_t now);

// The exam's overview for the person; nothing when there is no such exam.
std::optional<ExamOverview> examForPerson(ExamService& service, std::int64_t examId,
                                          std::int64_t personId, std::int64_t now);

// The id written in the blueprint the exam was made from ("quiz-pdca"); empty without one.
std::string blueprintIdOf(ExamService& service, const store::ExamRecord& exam);

}  // namespace tqm::session
