#include "store/attempt_repository.h"

#include <array>
#include <stdexcept>

#include "store/paper_json.h"

namespace tqm::store {

namespace {

constexpr std::string_view kAttemptColumns =
    "SELECT id, exam_id, person_id, attempt_no, seed, bank_id, bank_version, bank_sha256, "
    "started_at, time_limit_ms, extra_ms, paused_ms, deadline, heartbeat_at, submitted_at, "
    "submitted_by, earned, max_points, verdict FROM attempt ";

std::optional<std::int64_t> optionalInt(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getInt64();
}

AttemptRow attemptFrom(SQLite::Statement& row) {
    AttemptRow a;
    a.id = row.getColumn(0).getInt64();
    a.examId = row.getColumn(1).getInt64();
    a.personId = row.getColumn(2).getInt64();
    a.attemptNo = row.getColumn(3).getInt();
    a.seed = row.getColumn(4).getInt64();
    a.bankId = row.getColumn(5).getString();
    a.bankVersion = row.getColumn(6).getString();
    a.bankSha256 = row.getColumn(7).getString();
    a.startedAt = row.getColumn(8).getInt64();
    a.timeLimitMs = row.getColumn(9).getInt64();
    a.extraMs = row.getColumn(10).getInt64();
    a.pausedMs = row.getColumn(11).getInt64();
    a.deadline = row.getColumn(12).getInt64();
    a.heartbeatAt = row.getColumn(13).getInt64();
    a.submittedAt = optionalInt(row.getColumn(14));
    if (!row.getColumn(15).isNull())
        a.submittedBy =
            row.getColumn(15).getString() == "person" ? SubmittedBy::Person : SubmittedBy::Deadline;
    a.earned = optionalInt(row.getColumn(16));
    a.maxPoints = optionalInt(row.getColumn(17));
    if (!row.getColumn(18).isNull())
        a.verdict = exam::verdictFromName(row.getColumn(18).getString());
    return a;
}

std::vector<StoredAnswer> answersFrom(CachedStatement& rows) {
    std::vector<StoredAnswer> answers;
    while (rows->executeStep()) {
        answers.push_back({static_cast<std::size_t>(rows->getColumn(0).getInt64()),
                           rows->getColumn(1).getString(), rows->getColumn(2).getInt64(),
                           rows->getColumn(3).getInt()});
    }
    return answers;
}

std::int64_t seqValue(std::size_t seq) {
    return static_cast<std::int64_t>(seq);
}

}  // namespace

std::string_view submittedByName(SubmittedBy by) {
    return by == SubmittedBy::Person ? "person" : "deadline";
}
std::int64_t AttemptRepository::insertAttempt(const AttemptRow& a) {
    auto insert = cache_.use(
        "INSERT INTO attempt (exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, extra_ms, paused_ms, deadline, heartbeat_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert->bind(1, a.examId);
    insert->bind(2, a.personId);
    insert->bind(3, a.attemptNo);
    insert->bind(4, a.seed);
    insert->bind(5, a.bankId);
    insert->bind(6, a.bankVersion);
    insert->bind(7, a.bankSha256);
    insert->bind(8, a.startedAt);
    insert->bind(9, a.timeLimitMs);
    insert->bind(10, a.extraMs);
    insert->bind(11, a.pausedMs);
    insert->bind(12, a.deadline);
    insert->bind(13, a.heartbeatAt);
    insert->exec();
    return db_.sql().getLastInsertRowid();
}

void AttemptRepository::insertPaperQuestion(std::int64_t attemptId, std::size_t seq,
                                            const exam::PaperQuestion& q) {
    auto insert = cache_.use(
        "INSERT INTO paper_question (attempt_id, seq, bank_id, question_id, type, category, "
        "points, frozen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert->bind(1, attemptId);
    insert->bind(2, seqValue(seq));
    insert->bind(3, q.bankId);
    insert->bind(4, q.questionId);
    insert->bind(5, std::string(bank::typeName(q.type)));
    insert->bind(6, q.category);
    insert->bind(7, q.points);
    insert->bind(8, paperQuestionToJson(q));
    insert->exec();
}

std::optional<AttemptRow> AttemptRepository::find(std::int64_t attemptId) {
    auto find = cache_.use(std::string(kAttemptColumns) + "WHERE id = ?1");
    find->bind(1, attemptId);
    if (!find->executeStep()) return std::nullopt;
    return attemptFrom(*find);
}

std::optional<AttemptRow> AttemptRepository::findOpen(std::int64_t examId, std::int64_t personId) {
    auto find = cache_.use(std::string(kAttemptColumns) +
                           "WHERE exam_id = ?1 AND person_id = ?2 AND submitted_at IS NULL "
                           "ORDER BY attempt_no DESC LIMIT 1");
    find->bind(1, examId);
    find->bind(2, personId);
    if (!find->executeStep()) return std::nullopt;
    return attemptFrom(*find);
}

int AttemptRepository::countAttempts(std::int64_t examId, std::int64_t personId) {
    auto count = cache_.use("SELECT count(*) FROM attempt WHERE exam_id = ?1 AND person_id = ?2");
    count->bind(1, examId);
    count->bind(2, personId);
    count->executeStep();
    return count->getColumn(0).getInt();
}

std::vector<AttemptRow> AttemptRepository::submittedOfExam(std::int64_t examId) {
    auto list = cache_.use(std::string(kAttemptColumns) +
                           "WHERE exam_id = ?1 AND submitted_at IS NOT NULL "
                           "ORDER BY person_id, attempt_no");
    list->bind(1, examId);
    std::vector<AttemptRow> attempts;
    while (list->executeStep()) attempts.push_back(attemptFrom(*list));
    return attempts;
}

std::vector<AttemptRow> AttemptRepository::openOfExam(std::int64_t examId) {
    auto list = cache_.use(std::string(kAttemptColumns) +
                           "WHERE exam_id = ?1 AND submitted_at IS NULL ORDER BY started_at, id");
    list->bind(1, examId);
    std::vector<AttemptRow> attempts;
    while (list->executeStep()) attempts.push_back(attemptFrom(*list));
    return attempts;
}

std::vector<PendingEssay> AttemptRepository::pendingEssays(std::int64_t examId) {
    auto list = cache_.use(
        "SELECT q.attempt_id, a.person_id, q.seq, a.submitted_at FROM paper_question q "
        "JOIN attempt a ON a.id = q.attempt_id "
        "WHERE a.exam_id = ?1 AND a.submitted_at IS NOT NULL AND q.status = 'pending' "
        "ORDER BY a.submitted_at, q.attempt_id, q.seq");
    list->bind(1, examId);
    std::vector<PendingEssay> essays;
    while (list->executeStep())
        essays.push_back({list->getColumn(0).getInt64(), list->getColumn(1).getInt64(),
                          static_cast<std::size_t>(list->getColumn(2).getInt64()),
                          list->getColumn(3).getInt64()});
    return essays;
}

std::vector<std::int64_t> AttemptRepository::latestAttemptIds(std::int64_t examId,
                                                              std::int64_t personId, int limit) {
    auto list = cache_.use(
        "SELECT id FROM attempt WHERE exam_id = ?1 AND person_id = ?2 "
        "ORDER BY attempt_no DESC LIMIT ?3");
    list->bind(1, examId);
    list->bind(2, personId);
    list->bind(3, limit);
    std::vector<std::int64_t> ids;
    while (list->executeStep()) ids.push_back(list->getColumn(0).getInt64());
    return ids;
}

std::vector<exam::PaperQuestion> AttemptRepository::paper(std::int64_t attemptId) {
    auto rows =
        cache_.use("SELECT seq, frozen FROM paper_question WHERE attempt_id = ?1 ORDER BY seq");
    rows->bind(1, attemptId);
    std::vector<exam::PaperQuestion> paper;
    while (rows->executeStep()) {
        auto question = paperQuestionFromJson(rows->getColumn(1).getString());
        if (!question) {
            throw std::runtime_error("the frozen question " + rows->getColumn(0).getString() +
                                     " of attempt " + std::to_string(attemptId) +
                                     " cannot be read: the database is damaged");
        }
        paper.push_back(std::move(*question));
    }
    return paper;
}

std::size_t AttemptRepository::questionCount(std::int64_t attemptId) {
    auto count = cache_.use("SELECT count(*) FROM paper_question WHERE attempt_id = ?1");
    count->bind(1, attemptId);
    count->executeStep();
    return static_cast<std::size_t>(count->getColumn(0).getInt64());
}

std::vector<StoredQuestion> AttemptRepository::questions(std::int64_t attemptId) {
    auto rows = cache_.use(
        "SELECT seq, bank_id, question_id, category, points, earned, status FROM paper_question "
        "WHERE attempt_id = ?1 ORDER BY seq");
    rows->bind(1, attemptId);
    std::vector<StoredQuestion> questions;
    while (rows->executeStep()) {
        StoredQuestion q{static_cast<std::size_t>(rows->getColumn(0).getInt64()),
                         rows->getColumn(1).getString(),
                         rows->getColumn(2).getString(),
                         rows->getColumn(3).getString(),
                         rows->getColumn(4).getInt64(),
                         optionalInt(rows->getColumn(5)),
                         {}};
        if (!rows->getColumn(6).isNull())
            q.status = exam::statusFromName(rows->getColumn(6).getString());
        questions.push_back(std::move(q));
    }
    return questions;
}

std::vector<std::string> AttemptRepository::questionIds(std::int64_t attemptId) {
    auto rows =
        cache_.use("SELECT question_id FROM paper_question WHERE attempt_id = ?1 ORDER BY seq");
    rows->bind(1, attemptId);
    std::vector<std::string> ids;
    while (rows->executeStep()) ids.push_back(rows->getColumn(0).getString());
    return ids;
}

int AttemptRepository::writeAnswer(std::int64_t attemptId, std::size_t seq, std::string_view text,
                                   std::int64_t now) {
    int revision = 0;
    {
        auto upsert = cache_.use(
            "INSERT INTO answer (attempt_id, seq, answer, answered_at, revision) "
            "VALUES (?1, ?2, ?3, ?4, 1) ON CONFLICT (attempt_id, seq) DO UPDATE SET "
            "answer = excluded.answer, answered_at = excluded.answered_at, "
            "revision = answer.revision + 1 RETURNING revision");
        upsert->bind(1, attemptId);
        upsert->bind(2, seqValue(seq));
        upsert->bind(3, std::string(text));
        upsert->bind(4, now);
        upsert->executeStep();
        revision = upsert->getColumn(0).getInt();
    }
    auto history = cache_.use(
        "INSERT INTO answer_history (attempt_id, seq, revision, answer, answered_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    history->bind(1, attemptId);
    history->bind(2, seqValue(seq));
    history->bind(3, revision);
    history->bind(4, std::string(text));
    history->bind(5, now);
    history->exec();
    return revision;
}

std::vector<StoredAnswer> AttemptRepository::answers(std::int64_t attemptId) {
    auto rows = cache_.use(
        "SELECT seq, answer, answered_at, revision FROM answer WHERE attempt_id = ?1 "
        "ORDER BY seq");
    rows->bind(1, attemptId);
    return answersFrom(rows);
}

std::vector<StoredAnswer> AttemptRepository::history(std::int64_t attemptId) {
    auto rows = cache_.use(
        "SELECT seq, answer, answered_at, revision FROM answer_history WHERE attempt_id = ?1 "
        "ORDER BY seq, revision");
    rows->bind(1, attemptId);
    return answersFrom(rows);
}

void AttemptRepository::setFlag(std::int64_t attemptId, std::size_t seq, bool flagged,
                                std::int64_t now) {
    auto write =
        cache_.use(flagged ? "INSERT INTO flag (attempt_id, seq, flagged_at) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (attempt_id, seq) DO NOTHING"
                           : "DELETE FROM flag WHERE attempt_id = ?1 AND seq = ?2");
    write->bind(1, attemptId);
    write->bind(2, seqValue(seq));
    if (flagged) write->bind(3, now);
    write->exec();
}

std::vector<std::size_t> AttemptRepository::flags(std::int64_t attemptId) {
    auto rows = cache_.use("SELECT seq FROM flag WHERE attempt_id = ?1 ORDER BY seq");
    rows->bind(1, attemptId);
    std::vector<std::size_t> seqs;
    while (rows->executeStep())
        seqs.push_back(static_cast<std::size_t>(rows->getColumn(0).getInt64()));
    return seqs;
}

void AttemptRepository::setPosition(std::int64_t attemptId, std::size_t seq, std::int64_t now) {
    auto write = cache_.use(
        "INSERT INTO attempt_position (attempt_id, seq, moved_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (attempt_id) DO UPDATE SET seq = excluded.seq, moved_at = excluded.moved_at");
    write->bind(1, attemptId);
    write->bind(2, seqValue(seq));
    write->bind(3, now);
    write->exec();
}

std::size_t AttemptRepository::position(std::int64_t attemptId) {
    auto row = cache_.use("SELECT seq FROM attempt_position WHERE attempt_id = ?1");
    row->bind(1, attemptId);
    if (!row->executeStep()) return 1;
    return static_cast<std::size_t>(row->getColumn(0).getInt64());
}

void AttemptRepository::setHeartbeat(std::int64_t attemptId, std::int64_t now) {
    auto update = cache_.use("UPDATE attempt SET heartbeat_at = ?2 WHERE id = ?1");
    update->bind(1, attemptId);
    update->bind(2, now);
    update->exec();
}

void AttemptRepository::recordRestart(std::int64_t attemptId, const StoredRestart& restart) {
    auto insert = cache_.use(
        "INSERT INTO attempt_restart (attempt_id, last_heartbeat, restarted_at, paused_ms) "
        "VALUES (?1, ?2, ?3, ?4)");
    insert->bind(1, attemptId);
    insert->bind(2, restart.lastHeartbeat);
    insert->bind(3, restart.restartedAt);
    insert->bind(4, restart.pausedMs);
    insert->exec();
}

std::vector<StoredRestart> AttemptRepository::restarts(std::int64_t attemptId) {
    auto rows = cache_.use(
        "SELECT last_heartbeat, restarted_at, paused_ms FROM attempt_restart "
        "WHERE attempt_id = ?1 ORDER BY id");
    rows->bind(1, attemptId);
    std::vector<StoredRestart> restarts;
    while (rows->executeStep()) {
        restarts.push_back({rows->getColumn(0).getInt64(), rows->getColumn(1).getInt64(),
                            rows->getColumn(2).getInt64()});
    }
    return restarts;
}

void AttemptRepository::updateTiming(std::int64_t attemptId, std::int64_t extraMs,
                                     std::int64_t pausedMs, std::int64_t deadline) {
    auto update =
        cache_.use("UPDATE attempt SET extra_ms = ?2, paused_ms = ?3, deadline = ?4 WHERE id = ?1");
    update->bind(1, attemptId);
    update->bind(2, extraMs);
    update->bind(3, pausedMs);
    update->bind(4, deadline);
    update->exec();
}

void AttemptRepository::setQuestionScore(std::int64_t attemptId, std::size_t seq,
                                         const exam::QuestionScore& s) {
    auto update = cache_.use(
        "UPDATE paper_question SET earned = ?3, status = ?4 WHERE attempt_id = ?1 AND seq = ?2");
    update->bind(1, attemptId);
    update->bind(2, seqValue(seq));
    update->bind(3, s.earned);
    update->bind(4, std::string(exam::statusName(s.status)));
    update->exec();
}

void AttemptRepository::insertEssayMark(std::int64_t attemptId, std::size_t seq,
                                        exam::Centipoints mark, std::string_view marker,
                                        std::string_view comment, std::int64_t now) {
    auto insert = cache_.use(
        "INSERT INTO essay_mark (attempt_id, seq, mark, marker, marked_at, comment) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert->bind(1, attemptId);
    insert->bind(2, seqValue(seq));
    insert->bind(3, mark);
    insert->bind(4, std::string(marker));
    insert->bind(5, now);
    insert->bind(6, std::string(comment));
    insert->exec();
}

std::optional<EssayMark> AttemptRepository::latestEssayMark(std::int64_t attemptId,
                                                            std::size_t seq) {
    auto row = cache_.use(
        "SELECT mark, marker, comment, marked_at FROM essay_mark "
        "WHERE attempt_id = ?1 AND seq = ?2 ORDER BY id DESC LIMIT 1");
    row->bind(1, attemptId);
    row->bind(2, seqValue(seq));
    if (!row->executeStep()) return std::nullopt;
    return EssayMark{row->getColumn(0).getInt64(), row->getColumn(1).getString(),
                     row->getColumn(2).getString(), row->getColumn(3).getInt64()};
}

void AttemptRepository::markSubmitted(std::int64_t attemptId, std::int64_t at, SubmittedBy by,
                                      const exam::PaperScore& score) {
    auto update = cache_.use(
        "UPDATE attempt SET submitted_at = ?2, submitted_by = ?3, earned = ?4, max_points = ?5, "
        "verdict = ?6 WHERE id = ?1 AND submitted_at IS NULL");
    update->bind(1, attemptId);
    update->bind(2, at);
    update->bind(3, std::string(submittedByName(by)));
    update->bind(4, score.earned);
    update->bind(5, score.max);
    update->bind(6, std::string(exam::verdictName(score.verdict)));
    update->exec();
}

void AttemptRepository::setTotals(std::int64_t attemptId, const exam::PaperScore& score) {
    auto update =
        cache_.use("UPDATE attempt SET earned = ?2, max_points = ?3, verdict = ?4 WHERE id = ?1");
    update->bind(1, attemptId);
    update->bind(2, score.earned);
    update->bind(3, score.max);
    update->bind(4, std::string(exam::verdictName(score.verdict)));
    update->exec();
}

}  // namespace tqm::store
