// A practice round (练习): the chosen questions frozen as shown, each answer checked at once and
// explained. There is no time limit and no total; an answer counts only toward the person's
// wrong-answer book and statistics:
//   - a wrong or partly right answer enters the book (or starts its entry over);
//   - an answer to a question whose book entry is due that day is a review of it instead;
//   - every checked answer is recorded in practice_answer (origin practice or review);
//   - an essay shows its reference answer and grading notes and is neither scored nor recorded;
//   - an empty answer is a skip: the correct answer is shown and nothing is recorded.
// The book entry and the answer record of one answer are written in one transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/clock.h"
#include "exam/answer.h"
#include "exam/paper_question.h"
#include "exam/review_schedule.h"
#include "exam/scoring.h"
#include "session/practice_feedback.h"
#include "session/practice_selection.h"
#include "store/database.h"
#include "store/practice_answer_repository.h"
#include "store/review_book_repository.h"

namespace tqm::session {

struct PracticeSettings {
    exam::ReviewSettings review;
    // Shuffles the items of ordering questions and the answers of matching questions (shown in
    // bank order they would give the key away), and the options of choices when asked.
    std::uint64_t seed = 0;
    bool shuffleChoiceOptions = false;
    std::chrono::minutes utcOffset = store::kChinaStandardTime;  // what "today" means for reviews
};

enum class PracticeOutcome : std::uint8_t {
    Recorded,  // scored, recorded; the book changed when the answer was wrong
    Reviewed,  // scored as a review of a due book entry
    Skipped,   // no answer: nothing recorded
    Unscored,  // an essay: reference answer shown, nothing recorded
};

struct PracticeFeedback {
    PracticeOutcome outcome = PracticeOutcome::Recorded;
    exam::QuestionScore score;          // Pending for an essay
    bool correct = false;               // full points
    std::string correctAnswer;          // exam/answer.h text form, e.g. "AC"
    std::string correctAnswerReadable;  // e.g. "A. 计划；C. 检查" (practice_feedback.h)
    std::vector<MarkedPart> parts;      // each option, blank, item or prompt marked (markParts)
    std::string explanation;            // 解析
    std::string referenceAnswer;        // essays
    std::string gradingNotes;           // essays
    std::optional<store::BookEntry> bookEntry;  // the entry after this answer, when it changed
};

struct PracticeTextResult {
    std::vector<exam::AnswerError> errors;     // the text did not parse: nothing was recorded
    std::optional<PracticeFeedback> feedback;  // set when it did
};

class PracticeSession {
  public:
    // `items` point into `bank`; the bank, database and clock must outlive the session.
    PracticeSession(store::Database& database, const Clock& clock, const bank::Bank& bank,
                    std::int64_t personId, const std::vector<PracticeItem>& items,
                    const PracticeSettings& settings = {});

    std::size_t size() const { return questions_.size(); }
    const exam::PaperQuestion& question(std::size_t index) const { return questions_.at(index); }

    // Checks `answer` to question `index` at the clock's time, records it and explains it.
    PracticeFeedback answer(std::size_t index, const exam::Answer& answer);

    // The same for an answer typed in the text form of exam/answer.h.
    PracticeTextResult answerText(std::size_t index, std::string_view text);

  private:
    std::optional<store::BookEntry> recordOutcome(const exam::PaperQuestion& question, bool correct,
                                                  PracticeOutcome& outcome);

    store::Database& db_;
    const Clock& clock_;
    std::int64_t personId_;
    PracticeSettings settings_;
    std::vector<exam::PaperQuestion> questions_;
};

}  // namespace tqm::session
