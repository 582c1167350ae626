// Where a person stands with a course's end-of-course quiz (结业测验), for the course catalog's
// cards: not taken, running, awaiting marking, passed with the best score, or failed with the
// attempts left. A passed quiz stays passed whatever later attempts earn, because the first pass
// is what course/course_progress.h counts.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "exam/points.h"
#include "session/course_quiz.h"
#include "session/exam_service.h"

namespace tqm::session {

enum class QuizStanding : std::uint8_t {
    NotTaken,         // no attempt yet (the quiz's exam may not even be made yet)
    InProgress,       // an attempt is running and none passed before
    AwaitingMarking,  // none passed; an essay of a submitted attempt waits for its mark
    Passed,           // a submitted attempt passed
    Failed,           // submitted attempts failed; another may be started
    OutOfAttempts,    // every attempt failed and none is left
};

struct CourseQuizState {
    QuizStanding standing = QuizStanding::NotTaken;
    std::optional<std::int64_t> examId;
    // The best submitted attempt's points; none before an attempt is submitted.
    std::optional<exam::Centipoints> bestEarned;
    exam::Centipoints maxPoints = 0;
    int attemptsUsed = 0;
    int attemptsLeft = kQuizAttempts;
    bool operator==(const CourseQuizState&) const = default;
};

// The quiz exams by the id of the blueprint they were made from (the lowest exam id when
// several were), read once for a catalog of many courses.
std::map<std::string, std::int64_t, std::less<>> quizExamsByBlueprint(ExamService& service);

// The person's standing in the quiz exam `examId`; no exam means nobody has taken the quiz.
CourseQuizState courseQuizState(ExamService& service, std::optional<std::int64_t> examId,
                                std::int64_t personId, std::int64_t now);

}  // namespace tqm::session
