// What practice shows once an answer is checked: the correct answer, both in the one-line text
// form of exam/answer.h (what a learner would type) and in a readable form with the options'
// texts (what the screen shows under the question).
#pragma once

#include <string>

#include "exam/answer.h"
#include "exam/paper_question.h"

namespace tqm::session {

// The answer that earns full points: every correct option, the first accepted text (or the
// number) of each blank, the right order, the key of each prompt; for an essay its reference
// answer.
exam::Answer correctAnswerOf(const exam::PaperQuestion& question);

// The correct answer for people to read, with option letters as shown on the paper:
//   choices     "B. 排列图", several joined by "；"
//   true/false  "对" or "错"
//   blanks      "(1) PDCA / 戴明环；(2) 4" (every accepted text; a number with "± tolerance")
//   ordering    "C. 计划 → A. 执行 → D. 检查 → B. 处理"
//   matching    "A. 排列图 — 2. 找主要问题；B. 因果图 — 1. 找原因"
//   essay       the reference answer
std::string readableAnswerOf(const exam::PaperQuestion& question);

}  // namespace tqm::session
