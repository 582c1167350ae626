// Sitting an exam: creating it, starting and resuming attempts, committing answers one by one,
// flags, heartbeats, extra time, submission (by the person or automatically at the deadline),
// scoring and essay marks. Every user action is one SQLite transaction committed before the call
// returns, so a returned receipt means the action is on disk. All times come from the Clock the
// database was opened with.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "admin/key_store.h"
#include "cert/certificate_issuing.h"
#include "exam/answer.h"
#include "exam/paper_question.h"
#include "exam/scoring.h"
#include "exam/timer_policy.h"
#include "store/attempt_repository.h"
#include "store/database.h"
#include "store/exam_repository.h"

namespace tqm::session {

// Why an action was not done. `code` is stable for scripts, tests and translation; `message` is
// an English sentence naming the exam, attempt or question.
struct Refusal {
    std::string code;
    std::string message;
    bool operator==(const Refusal&) const = default;
};

// A paper as paper assembly produced it, with what identifies its source.
struct AssembledPaper {
    std::vector<exam::PaperQuestion> questions;
    std::int64_t seed = 0;
    std::string bankId;
    std::string bankVersion;
    std::string bankSha256;  // lower-case hex
};

struct QuestionRef {
    std::string bankId;
    std::string questionId;
    bool operator==(const QuestionRef&) const = default;
};

// An open attempt as a session screen shows it.
struct AttemptView {
    store::AttemptRow attempt;
    exam::TimerState timer;
    std::size_t questionCount = 0;
};

// What submission (either way) produced: the stored row, the scores, the questions answered
// wrong or only partly right, for the wrong-answer book, and for a passed attempt the
// certificate it earned (cert/certificate_issuing.h).
struct Submission {
    store::AttemptRow attempt;
    exam::PaperScore score;
    std::vector<exam::QuestionScore> questionScores;  // in seq order
    std::vector<QuestionRef> wrong;
    // Set when the attempt passed: issued now, issued before, not certifying, or refused.
    std::optional<cert::AttemptIssue> certificate;
};

struct CreateExamResult {
    std::optional<std::int64_t> examId;
    std::vector<Refusal> problems;  // every setting that is wrong
};

struct StartResult {
    std::optional<AttemptView> attempt;
    std::optional<Refusal> refusal;
};

// Resuming finds the person's open attempt and applies the timer policy: it is either still
// running (attempt) or was submitted automatically at its deadline (autoSubmitted).
struct ResumeResult {
    std::optional<AttemptView> attempt;
    std::optional<Submission> autoSubmitted;
    std::optional<Refusal> refusal;
};

// The acknowledgement of a committed answer.
struct AnswerReceipt {
    std::int64_t attemptId = 0;
    std::size_t seq = 0;
    std::string text;  // as stored, answer.h's text form ("" for a cleared answer)
    int revision = 0;  // 1 for the first answer to the question, +1 per change
    std::int64_t answeredAt = 0;
    bool operator==(const AnswerReceipt&) const = default;
};

struct AnswerResult {
    std::optional<AnswerReceipt> receipt;
    std::optional<Refusal> refusal;
    std::optional<Submission> autoSubmitted;  // when the deadline had passed
};

struct HeartbeatResult {
    std::optional<exam::TimerState> timer;  // while the attempt runs
    std::optional<Refusal> refusal;
    std::optional<Submission> autoSubmitted;
};

struct SubmitResult {
    std::optional<Submission> submission;
    std::optional<Refusal> refusal;
};

// Success is an empty refusal.
using ActionResult = std::optional<Refusal>;

// Every submission or essay mark that leaves an attempt passed issues the certificate its exam
// earns (cert::issueForAttempt) right after it is committed, so that no screen or command can
// forget it; a problem with the certificate never undoes the submission.
class ExamService {
  public:
    // Certificates are signed with the keys beside the database file (a fresh in-memory key for
    // ":memory:"), read when a certificate is first issued.
    explicit ExamService(store::Database& database);
    // Certificates are signed with `keys`, which must outlive the service.
    ExamService(store::Database& database, admin::KeyStore& keys);
    ~ExamService();
    ExamService(const ExamService&) = delete;
    ExamService& operator=(const ExamService&) = delete;

    CreateExamResult createExam(const store::ExamSettings& settings);
    std::int64_t importBlueprint(std::string_view blueprintId, std::string_view title,
                                 std::string_view xml);
    std::vector<store::ExamRecord> listExams() { return exams_.listExams(); }
    std::optional<store::ExamRecord> exam(std::int64_t examId) { return exams_.findExam(examId); }
    std::optional<store::BlueprintRecord> blueprint(std::int64_t row) {
        return exams_.findBlueprint(row);
    }

    // Kept as one more grant; a running (not yet submitted) attempt's deadline moves with it.
    ActionResult grantExtraTime(std::int64_t examId, std::int64_t personId,
                                std::chrono::milliseconds extra, std::string_view grantedBy,
                                std::string_view reason);

    StartResult start(std::int64_t examId, std::int64_t personId, const AssembledPaper& paper);
    // To be called when a session screen opens again, in particular after the program restarts:
    // the time since the last heartbeat counts as down (see exam/timer_policy.h).
    ResumeResult resume(std::int64_t examId, std::int64_t personId);

    // Validates seq and the answer, then writes the answer, its history row and the heartbeat in
    // one transaction. NoAnswer clears the answer (kept in the history).
    AnswerResult answer(std::int64_t attemptId, std::size_t seq, const exam::Answer& answer);
    ActionResult flag(std::int64_t attemptId, std::size_t seq, bool flagged);
    // Records that the person is now at question `seq` (with the heartbeat), so that the attempt
    // resumes there; refused like a flag. position() is 1 for an attempt never moved.
    ActionResult moveTo(std::int64_t attemptId, std::size_t seq);
    std::size_t position(std::int64_t attemptId) { return attempts_.position(attemptId); }
    // Records that the program is alive; submits the attempt when its time is up.
    HeartbeatResult heartbeat(std::int64_t attemptId);

    SubmitResult submit(std::int64_t attemptId);
    // A marker's mark for an essay of a submitted attempt, with the marker's comment (may be
    // empty); totals and verdict follow.
    SubmitResult markEssay(std::int64_t attemptId, std::size_t seq, exam::Centipoints mark,
                           std::string_view marker, std::string_view comment = {});

    store::AttemptRepository& attempts() { return attempts_; }
    store::Database& database() { return db_; }

  private:
    struct Checked {
        std::optional<store::AttemptRow> attempt;
        std::optional<Refusal> refusal;
        std::optional<Submission> autoSubmitted;
    };

    // Finds an attempt that may still take answers; inside the caller's transaction, submits it
    // at its deadline when that has passed.
    Checked runningAttempt(std::int64_t attemptId, std::int64_t now);
    // Scores the stored answers and records the submission; the caller commits.
    Submission submitAt(const store::AttemptRow& attempt, std::int64_t at, store::SubmittedBy by);
    // Every answered question's outcome for the person's statistics, and the wrong ones into the
    // wrong-answer book; the caller commits.
    void recordOutcomes(const store::AttemptRow& attempt,
                        const std::vector<exam::PaperQuestion>& paper,
                        const std::vector<exam::QuestionScore>& scores, std::int64_t at);
    // Totals from the stored per-question scores (after an essay mark); the caller commits.
    Submission retotal(std::int64_t attemptId);
    const std::vector<exam::PaperQuestion>& paperOf(std::int64_t attemptId);
    // The attempt's timer at `now`, after its recorded restarts and `restartNow` if given.
    exam::TimerState timerOf(const store::AttemptRow& attempt, std::int64_t now,
                             std::optional<exam::Outage> restartNow = std::nullopt);
    std::int64_t now() const { return unixMillis(db_.clock().now()); }
    // Issues the certificate of a passed attempt, after its submission is committed.
    void certify(Submission& submission);
    void certify(std::optional<Submission>& submission) {
        if (submission) certify(*submission);
    }

    store::Database& db_;
    std::unique_ptr<admin::KeyStore> ownKeys_;  // when no key store was given
    admin::KeyStore* keys_;
    store::ExamRepository exams_;
    store::AttemptRepository attempts_;
    // The frozen paper of the attempt answered last: it never changes, so it is read once.
    std::int64_t cachedPaperAttempt_ = 0;
    std::vector<exam::PaperQuestion> cachedPaper_;
};

}  // namespace tqm::session
