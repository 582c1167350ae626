#include "session/answer_visibility.h"

#include "base/clock.h"

namespace tqm::session {

AnswerVisibility answerVisibility(const store::ExamRecord& exam, const store::AttemptRow& attempt,
                                  std::int64_t now) {
    const std::string name = "exam " + std::to_string(exam.id) + " \"" + exam.settings.title + "\"";
    switch (exam.settings.showAnswers) {
        case store::ShowAnswers::Immediately:
            return {true, {}};
        case store::ShowAnswers::AfterSubmit:
            if (attempt.submitted()) return {true, {}};
            return {false, name + " shows the answers once the attempt is submitted."};
        case store::ShowAnswers::AfterClose:
            if (!exam.settings.closesAt)
                return {false, name +
                                   " shows the answers after it closes, and it has no closing "
                                   "time yet."};
            if (now < *exam.settings.closesAt)
                return {false, name + " shows the answers after it closes at " +
                                   formatIsoUtc(fromUnixMillis(*exam.settings.closesAt)) + "."};
            if (!attempt.submitted())
                return {false, name + " shows the answers once the attempt is submitted."};
            return {true, {}};
        case store::ShowAnswers::Never:
            break;
    }
    return {false, name + " does not show its answers to the people who sit it."};
}

}  // namespace tqm::session
