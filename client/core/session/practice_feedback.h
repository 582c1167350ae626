// What practice shows once an answer is checked: the correct answer, both in the one-line text
// form of exam/answer.h (what a learner would type) and in a readable form with the options'
// texts (what the screen shows under the question), and each part of the learner's answer marked
// so the answer controls themselves can show what was right and what was not.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

// How one part of a checked answer fared.
enum class PartMark : std::uint8_t {
    Right,   // a correct option chosen, a blank accepted, an item in its place, a prompt matched
    Wrong,   // a wrong option chosen, a blank not accepted, an item out of place, a wrong match
    Missed,  // the right answer not given: a correct option not chosen, a blank left empty, an
             // item not placed, a prompt not matched
    Plain,   // an option neither chosen nor correct
};

struct MarkedPart {
    PartMark mark = PartMark::Plain;
    // Blanks: every accepted text, as readableAnswerOf writes them ("PDCA / 戴明环").
    std::string accepted;
    // Ordering: the item's right place (0 = first); matching: the index of the right answer.
    std::size_t rightIndex = 0;
    bool operator==(const MarkedPart&) const = default;
};

// One entry per part of `question` as shown: per option (true/false: true, then false), per
// blank, per ordering item in shown order, per matching prompt; nothing for an essay. Judged
// as exam::score judges: blanks by bank::blankAccepts, matches by the answer's text.
std::vector<MarkedPart> markParts(const exam::PaperQuestion& question, const exam::Answer& answer);

}  // namespace tqm::session
