// Scoring one answer, one paper, and a competition's ranking. All points are exact centipoints
// (see points.h): a share such as 2 points / 3 blanks is rounded down to 0.01 per part and the
// remainder goes to the last part, so a fully right answer always earns exactly full points.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exam/answer.h"
#include "exam/paper_question.h"
#include "exam/points.h"

namespace tqm::exam {

enum class ScoreStatus : std::uint8_t {
    Correct,           // full points
    PartiallyCorrect,  // some points, not all
    Wrong,             // answered, no points
    Unanswered,        // no answer: no points
    Pending,           // an essay waiting for a person's mark
};

// The English names of statuses and verdicts, as the database, JSON and the command line write
// them: "correct", "partially-correct", "wrong", "unanswered", "pending"; "pass", "fail",
// "pending".
std::string_view statusName(ScoreStatus status);
std::optional<ScoreStatus> statusFromName(std::string_view name);

struct QuestionScore {
    Centipoints earned = 0;
    Centipoints max = 0;
    ScoreStatus status = ScoreStatus::Unanswered;
    bool operator==(const QuestionScore&) const = default;
};

// The score of `answer` under the question's own rules:
//   single choice, true/false      all or nothing
//   multiple choice                all-or-nothing: exactly the correct set; partial (少选得部分分，
//                                  错选不得分): each correct option chosen earns a share, any wrong
//                                  option chosen earns zero
//   fill-in-the-blank              a share per blank, matched by bank::blankAccepts
//   ordering                       all or nothing, or a share per item in its right position
//   matching                       a share per prompt matched to the right answer text
//   short answer                   Pending until markEssay; an empty essay is Unanswered
// An answer of a kind that does not fit the question's type is a bug: std::invalid_argument.
QuestionScore score(const PaperQuestion& question, const Answer& answer);

struct MarkResult {
    std::optional<QuestionScore> score;  // set when the mark is accepted
    std::string error;                   // why it was not
};

// A person's mark for a short-answer question: 0 .. the question's points.
MarkResult markEssay(const PaperQuestion& question, Centipoints mark);

struct CategorySubtotal {
    std::string category;
    Centipoints earned = 0;
    Centipoints max = 0;
    std::size_t questions = 0;
    std::size_t pending = 0;
    bool operator==(const CategorySubtotal&) const = default;
};

enum class Verdict : std::uint8_t { Pass, Fail, Pending };
std::string_view verdictName(Verdict verdict);
std::optional<Verdict> verdictFromName(std::string_view name);

struct PaperScore {
    Centipoints earned = 0;
    Centipoints max = 0;
    bool pending = false;  // some essay is not marked yet: the total may still rise
    Verdict verdict = Verdict::Pending;
    std::vector<CategorySubtotal> categories;  // in order of first appearance on the paper
};

// Totals of a paper; `scores[i]` belongs to `questions[i]` (the spans have the same size).
// Passing means earned >= passMark; while an essay is pending the verdict is Pending.
PaperScore scorePaper(std::span<const PaperQuestion> questions,
                      std::span<const QuestionScore> scores, Centipoints passMark);

struct Entrant {
    std::string personId;
    Centipoints score = 0;
    std::chrono::milliseconds timeUsed{0};
    std::chrono::sys_time<std::chrono::milliseconds> submittedAt{};
};

struct Placing {
    std::size_t entrant = 0;  // index into the ranked span
    std::size_t rank = 1;     // 1-based; entrants equal on all three keys share a rank
    bool operator==(const Placing&) const = default;
};

// A competition's ranking: higher score first, then less time used, then earlier submission.
// Entrants equal on all three keep their input order and share a rank (1, 2, 2, 4).
std::vector<Placing> rankEntrants(std::span<const Entrant> entrants);

}  // namespace tqm::exam
