// The HTML of a frozen paper question as an organizer sees it: the stem, the options in shown
// order with the key marked, the points, and for an essay the reference answer and grading
// notes. Used by the paper preview and by essay marking.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "exam/paper_question.h"
#include "widgets/html_text.h"

namespace tqm::gui {

// One question; `seq` is its number on the paper (1-based).
std::string paperQuestionHtml(const exam::PaperQuestion& question, std::size_t seq,
                              const HtmlColours& colours);

// A whole paper with a heading line (title, seed, totals) above the questions.
std::string paperHtml(const std::string& heading, const std::vector<exam::PaperQuestion>& paper,
                      const HtmlColours& colours);

}  // namespace tqm::gui
