#include "exam/exam_attempt.h"

#include <algorithm>

namespace tqm::gui {

namespace {

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

}  // namespace

exam::Answer normalised(const exam::Answer& answer) {
    if (const auto* blanks = std::get_if<exam::BlankAnswer>(&answer)) {
        if (std::all_of(blanks->texts.begin(), blanks->texts.end(), blank)) return exam::NoAnswer{};
    } else if (const auto* essay = std::get_if<exam::EssayAnswer>(&answer)) {
        if (blank(essay->text)) return exam::NoAnswer{};
    } else if (const auto* choice = std::get_if<exam::ChoiceAnswer>(&answer)) {
        if (choice->chosen.empty()) return exam::NoAnswer{};
    } else if (const auto* order = std::get_if<exam::OrderAnswer>(&answer)) {
        if (order->order.empty()) return exam::NoAnswer{};
    } else if (const auto* match = std::get_if<exam::MatchAnswer>(&answer)) {
        if (std::none_of(match->chosen.begin(), match->chosen.end(),
                         [](const auto& chosen) { return chosen.has_value(); }))
            return exam::NoAnswer{};
    }
    return answer;
}

ExamAttempt::ExamAttempt(session::ExamService& service, const session::AttemptView& view)
    : service_(service),
      attemptId_(view.attempt.id),
      exam_(service.exam(view.attempt.examId).value_or(store::ExamRecord{})),
      paper_(service.attempts().paper(view.attempt.id)),
      answers_(paper_.size(), exam::NoAnswer{}),
      deadline_(view.timer.deadline) {
    for (const store::StoredAnswer& stored : service.attempts().answers(attemptId_))
        if (stored.seq >= 1 && stored.seq <= paper_.size() && !stored.text.empty())
            answers_[stored.seq - 1] =
                exam::parseAnswer(paper_[stored.seq - 1], stored.text).answer;
    for (const std::size_t seq : service.attempts().flags(attemptId_)) flags_.insert(seq);
    const std::size_t position = service.position(attemptId_);
    current_ = position >= 1 && position <= paper_.size() ? position - 1 : 0;
}

bool ExamAttempt::answered(std::size_t index) const {
    return !std::holds_alternative<exam::NoAnswer>(answers_.at(index));
}

std::vector<std::size_t> ExamAttempt::unansweredNumbers() const {
    std::vector<std::size_t> numbers;
    for (std::size_t i = 0; i < answers_.size(); ++i)
        if (!answered(i)) numbers.push_back(i + 1);
    return numbers;
}

std::vector<std::size_t> ExamAttempt::flaggedNumbers() const {
    return {flags_.begin(), flags_.end()};
}

std::chrono::milliseconds ExamAttempt::remaining(TimePoint now) const {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - now);
    return std::max(left, std::chrono::milliseconds(0));
}

AttemptOutcome ExamAttempt::refused(const std::optional<session::Refusal>& refusal) {
    AttemptOutcome outcome;
    if (!refusal) return outcome;
    // A refusal for time up or an attempt already submitted means the attempt is over; the
    // submission as stored is the result to show.
    if (refusal->code == "time-up" || refusal->code == "already-submitted") {
        if (const auto row = service_.attempts().find(attemptId_); row && row->submitted()) {
            session::Submission submission;
            submission.attempt = *row;
            outcome.ended = std::move(submission);
            return outcome;
        }
    }
    outcome.refusal = refusal;
    return outcome;
}

AttemptOutcome ExamAttempt::setAnswer(std::size_t index, const exam::Answer& answer) {
    const exam::Answer wanted = normalised(answer);
    if (wanted == answers_.at(index)) return {};
    const session::AnswerResult saved = service_.answer(attemptId_, index + 1, wanted);
    if (saved.autoSubmitted) return {{}, saved.autoSubmitted};
    if (saved.refusal) return refused(saved.refusal);
    answers_[index] = wanted;
    return {};
}

AttemptOutcome ExamAttempt::toggleFlag(std::size_t index) {
    const bool flag = !flagged(index);
    if (const session::ActionResult refusal = service_.flag(attemptId_, index + 1, flag))
        return refused(refusal);
    if (flag)
        flags_.insert(index + 1);
    else
        flags_.erase(index + 1);
    return {};
}

AttemptOutcome ExamAttempt::moveTo(std::size_t index) {
    if (index >= paper_.size()) return {};
    if (const session::ActionResult refusal = service_.moveTo(attemptId_, index + 1))
        return refused(refusal);
    current_ = index;
    return {};
}

AttemptOutcome ExamAttempt::heartbeat() {
    const session::HeartbeatResult beat = service_.heartbeat(attemptId_);
    if (beat.autoSubmitted) return {{}, beat.autoSubmitted};
    if (beat.refusal) return refused(beat.refusal);
    deadline_ = beat.timer->deadline;  // extra time granted meanwhile moves it
    return {};
}

AttemptOutcome ExamAttempt::submit() {
    const session::SubmitResult submitted = service_.submit(attemptId_);
    if (submitted.refusal) return refused(submitted.refusal);
    return {{}, submitted.submission};
}

}  // namespace tqm::gui
