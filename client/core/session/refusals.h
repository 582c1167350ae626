// The refusals the session service gives, in one place so that codes and wording stay the same
// wherever an action is refused.
#pragma once

#include <cstdint>
#include <string>

#include "session/exam_service.h"

namespace tqm::session::refusals {

inline std::string at(std::int64_t millis) {
    return formatIsoUtc(fromUnixMillis(millis));
}

inline Refusal noSuchExam(std::int64_t examId) {
    return {"no-such-exam", "there is no exam " + std::to_string(examId) + "."};
}

inline Refusal noSuchPerson(std::int64_t personId) {
    return {"no-such-person", "there is no person " + std::to_string(personId) + "."};
}

inline Refusal noSuchAttempt(std::int64_t attemptId) {
    return {"no-such-attempt", "there is no attempt " + std::to_string(attemptId) + "."};
}

inline Refusal alreadySubmitted(const store::AttemptRow& attempt) {
    return {"already-submitted", "attempt " + std::to_string(attempt.id) + " was submitted at " +
                                     at(*attempt.submittedAt) + "; it can no longer be changed."};
}

inline Refusal timeUp(const store::AttemptRow& attempt) {
    return {"time-up", "the time for attempt " + std::to_string(attempt.id) + " ended at " +
                           at(attempt.deadline) +
                           "; it was submitted automatically and can no longer be changed."};
}

inline Refusal noSuchQuestion(std::int64_t attemptId, std::size_t seq, std::size_t count) {
    return {"no-such-question", "attempt " + std::to_string(attemptId) + " has questions 1 to " +
                                    std::to_string(count) + "; there is no question " +
                                    std::to_string(seq) + "."};
}

}  // namespace tqm::session::refusals
