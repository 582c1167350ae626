// Attempts in the database: the attempt row with its timing, the paper frozen as shown, answers
// (current and every revision), flags, restarts, per-question scores and essay marks. The methods
// write without opening a transaction of their own: the session service wraps each user action
// in exactly one (see session/README.md). Statements are prepared once per repository.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exam/paper_question.h"
#include "exam/scoring.h"
#include "store/database.h"
#include "store/statement_cache.h"

namespace tqm::store {

enum class SubmittedBy : std::uint8_t {
    Person,    // "person": the person submitted
    Deadline,  // "deadline": submitted automatically when the time ran out
};

std::string_view submittedByName(SubmittedBy by);

// Times are Unix milliseconds, UTC.
struct AttemptRow {
    std::int64_t id = 0;
    std::int64_t examId = 0;
    std::int64_t personId = 0;
    int attemptNo = 0;
    std::int64_t seed = 0;
    std::string bankId;
    std::string bankVersion;
    std::string bankSha256;
    std::int64_t startedAt = 0;
    std::int64_t timeLimitMs = 0;
    std::int64_t extraMs = 0;
    std::int64_t pausedMs = 0;
    std::int64_t deadline = 0;  // startedAt + timeLimitMs + extraMs + pausedMs
    std::int64_t heartbeatAt = 0;
    std::optional<std::int64_t> submittedAt;
    std::optional<SubmittedBy> submittedBy;
    std::optional<exam::Centipoints> earned;
    std::optional<exam::Centipoints> maxPoints;
    std::optional<exam::Verdict> verdict;

    bool submitted() const { return submittedAt.has_value(); }
    bool operator==(const AttemptRow&) const = default;
};

struct StoredAnswer {
    std::size_t seq = 0;
    std::string text;  // answer.h's text form; "" when cleared
    std::int64_t answeredAt = 0;
    int revision = 0;
    bool operator==(const StoredAnswer&) const = default;
};

// An essay of a submitted attempt still waiting for its mark.
struct PendingEssay {
    std::int64_t attemptId = 0;
    std::int64_t personId = 0;
    std::size_t seq = 0;
    std::int64_t submittedAt = 0;
    bool operator==(const PendingEssay&) const = default;
};

// The latest mark of an essay.
struct EssayMark {
    exam::Centipoints mark = 0;
    std::string marker;
    std::string comment;
    std::int64_t markedAt = 0;
    bool operator==(const EssayMark&) const = default;
};

struct StoredRestart {
    std::int64_t lastHeartbeat = 0;
    std::int64_t restartedAt = 0;
    std::int64_t pausedMs = 0;
    bool operator==(const StoredRestart&) const = default;
};

// A paper question's summary columns with its score once the attempt is scored.
struct StoredQuestion {
    std::size_t seq = 0;
    std::string bankId;
    std::string questionId;
    std::string category;
    exam::Centipoints points = 0;
    std::optional<exam::Centipoints> earned;
    std::optional<exam::ScoreStatus> status;
    bool operator==(const StoredQuestion&) const = default;
};

class AttemptRepository {
  public:
    explicit AttemptRepository(Database& database) : db_(database), cache_(database.sql()) {}

    // Inserts the attempt (id is ignored) and returns its id.
    std::int64_t insertAttempt(const AttemptRow& attempt);
    void insertPaperQuestion(std::int64_t attemptId, std::size_t seq,
                             const exam::PaperQuestion& question);

    std::optional<AttemptRow> find(std::int64_t attemptId);
    std::optional<AttemptRow> findOpen(std::int64_t examId, std::int64_t personId);
    int countAttempts(std::int64_t examId, std::int64_t personId);
    // Attempts of an exam not yet submitted, by start time.
    std::vector<AttemptRow> openOfExam(std::int64_t examId);
    // Essays of the exam's submitted attempts that wait for a mark, the earliest submission
    // first, then by attempt and seq.
    std::vector<PendingEssay> pendingEssays(std::int64_t examId);
    // Submitted attempts of an exam, by person id then attempt number.
    std::vector<AttemptRow> submittedOfExam(std::int64_t examId);
    // The person's attempts of the exam, newest first, at most `limit`.
    std::vector<std::int64_t> latestAttemptIds(std::int64_t examId, std::int64_t personId,
                                               int limit);

    // The paper as frozen, in seq order. A row that does not read back is a damaged database:
    // std::runtime_error naming the attempt and seq.
    std::vector<exam::PaperQuestion> paper(std::int64_t attemptId);
    std::size_t questionCount(std::int64_t attemptId);
    std::vector<StoredQuestion> questions(std::int64_t attemptId);
    std::vector<std::string> questionIds(std::int64_t attemptId);

    // Writes the current answer with the next revision and appends it to the history; returns
    // the revision.
    int writeAnswer(std::int64_t attemptId, std::size_t seq, std::string_view text,
                    std::int64_t now);
    std::vector<StoredAnswer> answers(std::int64_t attemptId);
    std::vector<StoredAnswer> history(std::int64_t attemptId);  // by seq, then revision

    void setFlag(std::int64_t attemptId, std::size_t seq, bool flagged, std::int64_t now);
    std::vector<std::size_t> flags(std::int64_t attemptId);

    // The question the person is at (1 when never moved), kept to resume there.
    void setPosition(std::int64_t attemptId, std::size_t seq, std::int64_t now);
    std::size_t position(std::int64_t attemptId);

    void setHeartbeat(std::int64_t attemptId, std::int64_t now);
    void recordRestart(std::int64_t attemptId, const StoredRestart& restart);
    std::vector<StoredRestart> restarts(std::int64_t attemptId);
    void updateTiming(std::int64_t attemptId, std::int64_t extraMs, std::int64_t pausedMs,
                      std::int64_t deadline);

    void setQuestionScore(std::int64_t attemptId, std::size_t seq, const exam::QuestionScore& s);
    void insertEssayMark(std::int64_t attemptId, std::size_t seq, exam::Centipoints mark,
                         std::string_view marker, std::string_view comment, std::int64_t now);
    std::optional<EssayMark> latestEssayMark(std::int64_t attemptId, std::size_t seq);
    // Submission and its totals in one update (the table's checks require them together).
    void markSubmitted(std::int64_t attemptId, std::int64_t at, SubmittedBy by,
                       const exam::PaperScore& score);
    void setTotals(std::int64_t attemptId, const exam::PaperScore& score);

  private:
    Database& db_;
    StatementCache cache_;
};

}  // namespace tqm::store
