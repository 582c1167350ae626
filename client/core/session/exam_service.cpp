#include "session/exam_service.h"

#include <SQLiteCpp/Transaction.h>

#include "session/refusals.h"

namespace tqm::session {

namespace {

std::vector<Refusal> checkSettings(const store::ExamSettings& s) {
    std::vector<Refusal> problems;
    if (s.title.find_first_not_of(" \t") == std::string::npos)
        problems.push_back({"no-title", "an exam needs a title."});
    if (s.timeLimit <= std::chrono::milliseconds{0})
        problems.push_back({"bad-time-limit", "the time limit must be longer than zero, not " +
                                                  std::to_string(s.timeLimit.count()) + " ms."});
    if (s.passMark < 0)
        problems.push_back({"bad-pass-mark", "the pass mark must not be negative: " +
                                                 exam::formatPoints(s.passMark) + " was given."});
    if (s.attemptsAllowed < 1)
        problems.push_back({"bad-attempts", "at least one attempt must be allowed, not " +
                                                std::to_string(s.attemptsAllowed) + "."});
    return problems;
}

std::optional<Refusal> checkPaper(const AssembledPaper& paper) {
    if (paper.questions.empty()) return Refusal{"empty-paper", "the paper has no questions."};
    if (paper.bankSha256.size() != 64)
        return Refusal{"bad-bank-hash", "the bank's SHA-256 must be 64 hexadecimal digits, not \"" +
                                            paper.bankSha256 + "\"."};
    return std::nullopt;
}

}  // namespace

ExamService::ExamService(store::Database& database)
    : db_(database),
      ownKeys_(admin::KeyStore::forDatabase(database.file())),
      keys_(ownKeys_.get()),
      exams_(database),
      attempts_(database) {}

ExamService::ExamService(store::Database& database, admin::KeyStore& keys)
    : db_(database), keys_(&keys), exams_(database), attempts_(database) {}

ExamService::~ExamService() = default;

void ExamService::certify(Submission& submission) {
    if (submission.attempt.verdict != exam::Verdict::Pass) return;
    submission.certificate = cert::issueForAttempt(db_, *keys_, submission.attempt.id);
}

CreateExamResult ExamService::createExam(const store::ExamSettings& settings) {
    CreateExamResult result;
    result.problems = checkSettings(settings);
    if (settings.blueprintRow && !exams_.findBlueprint(*settings.blueprintRow)) {
        result.problems.push_back(
            {"no-such-blueprint",
             "there is no imported blueprint " + std::to_string(*settings.blueprintRow) + "."});
    }
    if (!result.problems.empty()) return result;
    SQLite::Transaction transaction(db_.sql());
    result.examId = exams_.insertExam(settings, now());
    transaction.commit();
    return result;
}

std::int64_t ExamService::importBlueprint(std::string_view blueprintId, std::string_view title,
                                          std::string_view xml) {
    return exams_.storeBlueprint(blueprintId, title, xml, now());
}

ActionResult ExamService::grantExtraTime(std::int64_t examId, std::int64_t personId,
                                         std::chrono::milliseconds extra,
                                         std::string_view grantedBy, std::string_view reason) {
    if (!exams_.findExam(examId)) return refusals::noSuchExam(examId);
    if (!exams_.personExists(personId)) return refusals::noSuchPerson(personId);
    if (extra <= std::chrono::milliseconds{0})
        return Refusal{"bad-extra-time", "extra time must be longer than zero, not " +
                                             std::to_string(extra.count()) + " ms."};
    if (grantedBy.find_first_not_of(" \t") == std::string_view::npos)
        return Refusal{"no-grantor", "extra time must name who granted it."};
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t at = now();
    exams_.insertExtraTime(
        {examId, personId, extra, at, std::string(grantedBy), std::string(reason)});
    if (auto open = attempts_.findOpen(examId, personId)) {
        attempts_.updateTiming(open->id, open->extraMs + extra.count(), open->pausedMs,
                               open->deadline + extra.count());
    }
    transaction.commit();
    return std::nullopt;
}

StartResult ExamService::start(std::int64_t examId, std::int64_t personId,
                               const AssembledPaper& paper) {
    const auto exam = exams_.findExam(examId);
    if (!exam) return {{}, refusals::noSuchExam(examId)};
    if (!exams_.personExists(personId)) return {{}, refusals::noSuchPerson(personId)};
    if (auto bad = checkPaper(paper)) return {{}, bad};
    const std::int64_t at = now();
    const std::string examName =
        "exam " + std::to_string(examId) + " (" + exam->settings.title + ")";
    if (exam->settings.closesAt && at >= *exam->settings.closesAt) {
        return {{},
                Refusal{"exam-closed", examName + " closed at " +
                                           refusals::at(*exam->settings.closesAt) +
                                           "; no attempt can be started."}};
    }
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    if (auto open = attempts_.findOpen(examId, personId)) {
        return {{},
                Refusal{"attempt-in-progress",
                        "person " + std::to_string(personId) + " already has attempt " +
                            std::to_string(open->attemptNo) + " of " + examName +
                            " in progress; resume it instead of starting another."}};
    }
    const int used = attempts_.countAttempts(examId, personId);
    if (used >= exam->settings.attemptsAllowed) {
        return {{},
                Refusal{"no-attempts-left", "person " + std::to_string(personId) +
                                                " has used all " + std::to_string(used) +
                                                " attempts allowed for " + examName + "."}};
    }
    store::AttemptRow row;
    row.examId = examId;
    row.personId = personId;
    row.attemptNo = used + 1;
    row.seed = paper.seed;
    row.bankId = paper.bankId;
    row.bankVersion = paper.bankVersion;
    row.bankSha256 = paper.bankSha256;
    row.startedAt = at;
    row.timeLimitMs = exam->settings.timeLimit.count();
    row.extraMs = exams_.extraTimeFor(examId, personId).count();
    row.deadline = at + row.timeLimitMs + row.extraMs;
    row.heartbeatAt = at;
    row.id = attempts_.insertAttempt(row);
    for (std::size_t i = 0; i < paper.questions.size(); ++i)
        attempts_.insertPaperQuestion(row.id, i + 1, paper.questions[i]);
    transaction.commit();
    return {AttemptView{row, timerOf(row, at), paper.questions.size()}, {}};
}

ResumeResult ExamService::resume(std::int64_t examId, std::int64_t personId) {
    const auto exam = exams_.findExam(examId);
    if (!exam) return {{}, {}, refusals::noSuchExam(examId)};
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    auto open = attempts_.findOpen(examId, personId);
    if (!open) {
        return {{},
                {},
                Refusal{"no-open-attempt", "person " + std::to_string(personId) +
                                               " has no attempt of exam " + std::to_string(examId) +
                                               " in progress."}};
    }
    const std::int64_t at = now();
    // The program was down from the last heartbeat until now.
    const exam::Outage outage{fromUnixMillis(open->heartbeatAt), fromUnixMillis(at)};
    const exam::TimerState timer = timerOf(*open, at, outage);
    const std::int64_t paused = timer.paused.count();
    attempts_.recordRestart(open->id, {open->heartbeatAt, at, paused - open->pausedMs});
    if (paused != open->pausedMs)
        attempts_.updateTiming(open->id, open->extraMs, paused, unixMillis(timer.deadline));
    ResumeResult result;
    open = attempts_.find(open->id);
    if (timer.expired) {
        result.autoSubmitted = submitAt(*open, open->deadline, store::SubmittedBy::Deadline);
    } else {
        attempts_.setHeartbeat(open->id, at);
        open->heartbeatAt = at;
        result.attempt = AttemptView{*open, timer, attempts_.questionCount(open->id)};
    }
    transaction.commit();
    certify(result.autoSubmitted);
    return result;
}

exam::TimerState ExamService::timerOf(const store::AttemptRow& attempt, std::int64_t at,
                                      std::optional<exam::Outage> restartNow) {
    const auto exam = exams_.findExam(attempt.examId);
    const exam::TimerInput input{std::chrono::milliseconds(attempt.timeLimitMs),
                                 std::chrono::milliseconds(attempt.extraMs),
                                 fromUnixMillis(attempt.startedAt), exam->settings.timerPolicy};
    std::vector<exam::Outage> outages;
    for (const store::StoredRestart& r : attempts_.restarts(attempt.id))
        outages.push_back({fromUnixMillis(r.lastHeartbeat), fromUnixMillis(r.restartedAt)});
    if (restartNow) outages.push_back(*restartNow);
    return exam::timerAt(input, outages, fromUnixMillis(at));
}

}  // namespace tqm::session
