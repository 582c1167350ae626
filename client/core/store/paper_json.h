// A frozen paper question as JSON, the form the database keeps in paper_question.frozen: every
// field of exam::PaperQuestion, so the question reads back exactly as it was shown. "images" is
// written only for a question with figures and is optional when read: papers stored before
// figures were frozen still read, with no images.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "exam/paper_question.h"

namespace tqm::store {

std::string paperQuestionToJson(const exam::PaperQuestion& question);

// nullopt when `json` is not a frozen question this program wrote (a damaged row).
std::optional<exam::PaperQuestion> paperQuestionFromJson(std::string_view json);

}  // namespace tqm::store
