// The review of a submitted attempt as HTML for the result page: every question with the
// person's answer, what it earned, the correct answer and the explanation. Only built when
// session::answerVisibility allows it; an essay waiting for its mark says so.
#pragma once

#include <string>
#include <vector>

#include "exam/answer.h"
#include "exam/paper_question.h"
#include "store/attempt_repository.h"
#include "widgets/html_text.h"

namespace tqm::gui {

struct ReviewItem {
    const exam::PaperQuestion* question = nullptr;
    exam::Answer answer;
    store::StoredQuestion scored;
};

std::string reviewHtml(const std::vector<ReviewItem>& items, const HtmlColours& colours);

// The person's answer for reading, with the options' texts: "B. 排列图", "对", "PDCA / 戴明".
std::string readableAnswer(const exam::PaperQuestion& question, const exam::Answer& answer);

}  // namespace tqm::gui
