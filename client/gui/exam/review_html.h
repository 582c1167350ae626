// The review of a submitted attempt as HTML for the result page: every question with the
// person's answer, what it earned, its figures, the correct answer and the explanation. Only built
// when session::answerVisibility allows it; an essay waiting for its mark says so.
#pragma once

#include <string>
#include <vector>

#include "bank_browser/question_preview.h"
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

// How the review draws figures: no wider than `maxWidth` nor higher than `maxHeight` pixels
// (scaled down with their aspect kept), sizes read with `imageSize`; a figure whose size cannot
// be read is a line naming its file.
struct ReviewFigures {
    int maxWidth = 600;
    int maxHeight = 420;
    ImageSizeReader imageSize;
};

std::string reviewHtml(const std::vector<ReviewItem>& items, const HtmlColours& colours,
                       const ReviewFigures& figures = {});

// The anchor of question `index` (0-based) in the review, to scroll to it.
std::string reviewAnchor(std::size_t index);

// The person's answer for reading, with the options' texts: "B. 排列图", "对", "PDCA / 戴明".
std::string readableAnswer(const exam::PaperQuestion& question, const exam::Answer& answer);

}  // namespace tqm::gui
