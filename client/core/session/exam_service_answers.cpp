// The part of the session service that runs while a person sits the exam and after: answers,
// flags, heartbeats, submission, scoring and essay marks.
#include <SQLiteCpp/Transaction.h>

#include "session/exam_service.h"
#include "session/refusals.h"
#include "store/practice_answer_repository.h"
#include "store/review_book_repository.h"

namespace tqm::session {

namespace {

bool answeredWrong(exam::ScoreStatus status) {
    return status == exam::ScoreStatus::Wrong || status == exam::ScoreStatus::PartiallyCorrect;
}

// The stored text form read back; the text was checked against the question when written.
exam::Answer storedAnswer(const exam::PaperQuestion& question, std::string_view text) {
    return exam::parseAnswer(question, text).answer;
}

}  // namespace

const std::vector<exam::PaperQuestion>& ExamService::paperOf(std::int64_t attemptId) {
    if (cachedPaperAttempt_ != attemptId) {
        cachedPaper_ = attempts_.paper(attemptId);
        cachedPaperAttempt_ = attemptId;
    }
    return cachedPaper_;
}

ExamService::Checked ExamService::runningAttempt(std::int64_t attemptId, std::int64_t at) {
    Checked checked;
    auto attempt = attempts_.find(attemptId);
    if (!attempt) {
        checked.refusal = refusals::noSuchAttempt(attemptId);
    } else if (attempt->submitted()) {
        checked.refusal = refusals::alreadySubmitted(*attempt);
    } else if (at >= attempt->deadline) {
        checked.autoSubmitted = submitAt(*attempt, attempt->deadline, store::SubmittedBy::Deadline);
        checked.refusal = refusals::timeUp(checked.autoSubmitted->attempt);
    } else {
        checked.attempt = std::move(attempt);
    }
    return checked;
}

AnswerResult ExamService::answer(std::int64_t attemptId, std::size_t seq,
                                 const exam::Answer& answer) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    Checked checked = runningAttempt(attemptId, at);
    if (checked.autoSubmitted) {
        transaction.commit();
        certify(checked.autoSubmitted);
    }
    if (!checked.attempt) return {{}, checked.refusal, std::move(checked.autoSubmitted)};

    const std::vector<exam::PaperQuestion>& paper = paperOf(attemptId);
    if (seq < 1 || seq > paper.size())
        return {{}, refusals::noSuchQuestion(attemptId, seq, paper.size()), {}};
    const exam::PaperQuestion& question = paper[seq - 1];
    const std::string text = exam::formatAnswer(answer);
    const exam::ParsedAnswer parsed = exam::parseAnswer(question, text);
    const bool clears = std::holds_alternative<exam::NoAnswer>(parsed.answer);
    if (!parsed.ok() || (!clears && parsed.answer.index() != answer.index())) {
        const std::string why = parsed.ok()
                                    ? "it is not an answer to a " +
                                          std::string(bank::typeName(question.type)) + " question"
                                    : parsed.errors.front().message;
        return {{},
                Refusal{"invalid-answer", "the answer \"" + text + "\" to question " +
                                              std::to_string(seq) + " (" + question.questionId +
                                              ") was not recorded: " + why + "."},
                {}};
    }
    const std::string stored = clears ? std::string() : text;
    const int revision = attempts_.writeAnswer(attemptId, seq, stored, at);
    attempts_.setHeartbeat(attemptId, at);
    transaction.commit();
    return {AnswerReceipt{attemptId, seq, stored, revision, at}, {}, {}};
}

ActionResult ExamService::flag(std::int64_t attemptId, std::size_t seq, bool flagged) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    Checked checked = runningAttempt(attemptId, at);
    if (checked.autoSubmitted) {
        transaction.commit();
        certify(checked.autoSubmitted);
    }
    if (!checked.attempt) return checked.refusal;
    const std::size_t count = attempts_.questionCount(attemptId);
    if (seq < 1 || seq > count) return refusals::noSuchQuestion(attemptId, seq, count);
    attempts_.setFlag(attemptId, seq, flagged, at);
    attempts_.setHeartbeat(attemptId, at);
    transaction.commit();
    return std::nullopt;
}

ActionResult ExamService::moveTo(std::int64_t attemptId, std::size_t seq) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    Checked checked = runningAttempt(attemptId, at);
    if (checked.autoSubmitted) {
        transaction.commit();
        certify(checked.autoSubmitted);
    }
    if (!checked.attempt) return checked.refusal;
    const std::size_t count = attempts_.questionCount(attemptId);
    if (seq < 1 || seq > count) return refusals::noSuchQuestion(attemptId, seq, count);
    attempts_.setPosition(attemptId, seq, at);
    attempts_.setHeartbeat(attemptId, at);
    transaction.commit();
    return std::nullopt;
}

HeartbeatResult ExamService::heartbeat(std::int64_t attemptId) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    Checked checked = runningAttempt(attemptId, at);
    if (checked.autoSubmitted) {
        transaction.commit();
        certify(checked.autoSubmitted);
    }
    if (!checked.attempt) return {{}, checked.refusal, std::move(checked.autoSubmitted)};
    attempts_.setHeartbeat(attemptId, at);
    transaction.commit();
    return {timerOf(*checked.attempt, at), {}, {}};
}

SubmitResult ExamService::submit(std::int64_t attemptId) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    Checked checked = runningAttempt(attemptId, at);
    if (checked.autoSubmitted) {
        // Submitting after the deadline is the automatic submission the deadline already made.
        transaction.commit();
        certify(checked.autoSubmitted);
        return {std::move(checked.autoSubmitted), {}};
    }
    if (!checked.attempt) return {{}, checked.refusal};
    Submission submission = submitAt(*checked.attempt, at, store::SubmittedBy::Person);
    transaction.commit();
    certify(submission);
    return {std::move(submission), {}};
}

SubmitResult ExamService::markEssay(std::int64_t attemptId, std::size_t seq, exam::Centipoints mark,
                                    std::string_view marker, std::string_view comment) {
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const auto attempt = attempts_.find(attemptId);
    if (!attempt) return {{}, refusals::noSuchAttempt(attemptId)};
    if (!attempt->submitted())
        return {{},
                Refusal{"not-submitted", "attempt " + std::to_string(attemptId) +
                                             " is still in progress; essays are marked after "
                                             "submission."}};
    const std::vector<exam::PaperQuestion>& paper = paperOf(attemptId);
    if (seq < 1 || seq > paper.size())
        return {{}, refusals::noSuchQuestion(attemptId, seq, paper.size())};
    if (marker.find_first_not_of(" \t") == std::string_view::npos)
        return {{}, Refusal{"no-marker", "a mark must name its marker."}};
    const exam::PaperQuestion& question = paper[seq - 1];
    const std::vector<store::StoredQuestion> stored = attempts_.questions(attemptId);
    if (question.type == bank::QuestionType::ShortAnswer &&
        stored[seq - 1].status == exam::ScoreStatus::Unanswered) {
        return {{},
                Refusal{"nothing-to-mark", "question " + std::to_string(seq) + " (" +
                                               question.questionId + ") of attempt " +
                                               std::to_string(attemptId) +
                                               " was not answered; there is nothing to mark."}};
    }
    const exam::MarkResult marked = exam::markEssay(question, mark);
    if (!marked.score) return {{}, Refusal{"invalid-mark", marked.error + "."}};
    attempts_.insertEssayMark(attemptId, seq, mark, marker, comment, unixMillis(db_.clock().now()));
    attempts_.setQuestionScore(attemptId, seq, *marked.score);
    Submission submission = retotal(attemptId);
    transaction.commit();
    certify(submission);
    return {std::move(submission), {}};
}

Submission ExamService::submitAt(const store::AttemptRow& attempt, std::int64_t at,
                                 store::SubmittedBy by) {
    const std::vector<exam::PaperQuestion>& paper = paperOf(attempt.id);
    std::vector<exam::Answer> answers(paper.size(), exam::NoAnswer{});
    for (const store::StoredAnswer& a : attempts_.answers(attempt.id))
        answers[a.seq - 1] = storedAnswer(paper[a.seq - 1], a.text);
    std::vector<exam::QuestionScore> scores;
    for (std::size_t i = 0; i < paper.size(); ++i) {
        scores.push_back(exam::score(paper[i], answers[i]));
        attempts_.setQuestionScore(attempt.id, i + 1, scores.back());
    }
    const auto exam = exams_.findExam(attempt.examId);
    const exam::PaperScore total = exam::scorePaper(paper, scores, exam->settings.passMark);
    attempts_.markSubmitted(attempt.id, at, by, total);
    Submission submission{*attempts_.find(attempt.id), total, scores, {}, {}};
    for (std::size_t i = 0; i < paper.size(); ++i)
        if (answeredWrong(scores[i].status))
            submission.wrong.push_back({paper[i].bankId, paper[i].questionId});
    recordOutcomes(attempt, paper, scores, at);
    return submission;
}

void ExamService::recordOutcomes(const store::AttemptRow& attempt,
                                 const std::vector<exam::PaperQuestion>& paper,
                                 const std::vector<exam::QuestionScore>& scores, std::int64_t at) {
    // In the submission's transaction, so the book and the statistics never miss a submitted
    // answer nor count one twice. Essays wait for a marker and are kept out of both, as in
    // practice: a review could not check them.
    store::ReviewBookRepository book(db_);
    store::PracticeAnswerRepository outcomes(db_);
    const TimePoint when = fromUnixMillis(at);
    for (std::size_t i = 0; i < paper.size(); ++i) {
        const exam::ScoreStatus status = scores[i].status;
        if (status == exam::ScoreStatus::Unanswered || status == exam::ScoreStatus::Pending)
            continue;
        const exam::PaperQuestion& question = paper[i];
        outcomes.record({attempt.personId, question.bankId, question.questionId, question.category,
                         status == exam::ScoreStatus::Correct, when, store::AnswerOrigin::Exam});
        if (answeredWrong(status))
            book.recordWrong(attempt.personId, question.bankId, question.questionId, when);
    }
}

Submission ExamService::retotal(std::int64_t attemptId) {
    const std::vector<exam::PaperQuestion>& paper = paperOf(attemptId);
    std::vector<exam::QuestionScore> scores;
    for (const store::StoredQuestion& q : attempts_.questions(attemptId))
        scores.push_back(
            {q.earned.value_or(0), q.points, q.status.value_or(exam::ScoreStatus::Unanswered)});
    const auto attempt = attempts_.find(attemptId);
    const auto exam = exams_.findExam(attempt->examId);
    const exam::PaperScore total = exam::scorePaper(paper, scores, exam->settings.passMark);
    attempts_.setTotals(attemptId, total);
    Submission submission{*attempts_.find(attemptId), total, scores, {}, {}};
    for (std::size_t i = 0; i < paper.size(); ++i)
        if (answeredWrong(scores[i].status))
            submission.wrong.push_back({paper[i].bankId, paper[i].questionId});
    return submission;
}

}  // namespace tqm::session
