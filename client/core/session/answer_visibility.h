// When a person may see the correct answers and explanations of an attempt, as the exam says
// (store::ShowAnswers). The screens and `tqm exam review` ask here, so the rule has one home and
// answer keys never reach a learner early.
#pragma once

#include <cstdint>
#include <string>

#include "store/attempt_repository.h"
#include "store/exam_repository.h"

namespace tqm::session {

struct AnswerVisibility {
    bool visible = false;
    std::string reason;  // why not, as a sentence naming the exam; empty when visible
};

// immediately: always (also while the attempt runs); after-submit: once the attempt is
// submitted; after-close: once the exam has closed (closes_at reached) and the attempt is
// submitted; never: not to the learner (an organizer reads results instead).
AnswerVisibility answerVisibility(const store::ExamRecord& exam, const store::AttemptRow& attempt,
                                  std::int64_t now);

}  // namespace tqm::session
