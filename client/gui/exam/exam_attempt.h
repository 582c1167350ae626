// The running attempt as the exam view holds it: the frozen paper, the answers and flags as they
// are stored, the question on screen, and every change handed to the core at once
// (session::ExamService), so that what the view shows is always what is on disk.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "base/clock.h"
#include "exam/answer.h"
#include "session/exam_service.h"

namespace tqm::gui {

// What an action led to: nothing special, a refusal, or the attempt's end (submitted by the
// person, or automatically because the time ran out).
struct AttemptOutcome {
    std::optional<session::Refusal> refusal;
    std::optional<session::Submission> ended;
    bool ok() const { return !refusal && !ended; }
};

class ExamAttempt {
  public:
    // Reads the paper, answers, flags and position of the running attempt `view`.
    ExamAttempt(session::ExamService& service, const session::AttemptView& view);

    std::int64_t id() const { return attemptId_; }
    const store::ExamRecord& exam() const { return exam_; }
    const std::vector<exam::PaperQuestion>& paper() const { return paper_; }
    std::size_t count() const { return paper_.size(); }
    std::size_t current() const { return current_; }  // 0-based
    const exam::Answer& answer(std::size_t index) const { return answers_.at(index); }
    bool answered(std::size_t index) const;
    bool flagged(std::size_t index) const { return flags_.contains(index + 1); }
    // Question numbers (1-based) not answered / flagged, ascending.
    std::vector<std::size_t> unansweredNumbers() const;
    std::vector<std::size_t> flaggedNumbers() const;
    TimePoint deadline() const { return deadline_; }
    std::chrono::milliseconds remaining(TimePoint now) const;

    // Saves the answer to question `index` (NoAnswer clears it) unless it is the one stored.
    AttemptOutcome setAnswer(std::size_t index, const exam::Answer& answer);
    AttemptOutcome toggleFlag(std::size_t index);
    AttemptOutcome moveTo(std::size_t index);
    AttemptOutcome heartbeat();
    AttemptOutcome submit();

  private:
    AttemptOutcome refused(const std::optional<session::Refusal>& refusal);

    session::ExamService& service_;
    std::int64_t attemptId_;
    store::ExamRecord exam_;
    std::vector<exam::PaperQuestion> paper_;
    std::vector<exam::Answer> answers_;
    std::set<std::size_t> flags_;  // 1-based, as stored
    std::size_t current_ = 0;
    TimePoint deadline_;
};

// An answer that says nothing (every blank empty, no text) is no answer.
exam::Answer normalised(const exam::Answer& answer);

}  // namespace tqm::gui
