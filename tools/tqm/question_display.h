// How `tqm exam take` shows a question in a terminal: its number, type, points and flag, the stem,
// then the options with the letters the answer syntax uses, and the answer given so far.
#pragma once

#include <cstddef>
#include <string>

#include "exam/answer.h"
#include "exam/paper_question.h"
#include "exam/scoring.h"

namespace tqm::cli {

struct QuestionHeader {
    std::size_t seq = 0;    // 1-based
    std::size_t count = 0;  // questions on the paper
    bool flagged = false;
};

// Several lines, each ending with '\n'. `answer` is the stored answer (NoAnswer when none).
std::string displayQuestion(const exam::PaperQuestion& question, const QuestionHeader& header,
                            const exam::Answer& answer);

// The outcome of one question and its correct answer and explanation, for a learner allowed to
// see them (session/answer_visibility.h): "  wrong (0/2); answer: C. ±3σ" and "  解析: ...".
std::string displayOutcome(const exam::PaperQuestion& question, const exam::QuestionScore& score);

// What to type for this question, e.g. "letters of every correct option, e.g. AC".
std::string answerHint(const exam::PaperQuestion& question);

// "1:30:05" or "4:05" for a duration in milliseconds (never negative).
std::string formatRemaining(std::int64_t millis);

}  // namespace tqm::cli
