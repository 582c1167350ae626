#include "store/exam_repository.h"

#include <array>

#include <SQLiteCpp/Transaction.h>

#include "bank/interchange/common/stable_hash.h"

namespace tqm::store {

namespace {

constexpr std::array kCombineNames{std::string_view("highest"), std::string_view("last")};
constexpr std::array kShowNames{std::string_view("immediately"), std::string_view("after-submit"),
                                std::string_view("after-close"), std::string_view("never")};
constexpr std::array kModeNames{std::string_view("same"), std::string_view("per-person")};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::string_view kExamColumns =
    "SELECT id, title, blueprint_row, time_limit_ms, pass_mark, attempts_allowed, "
    "attempts_combine, show_answers, timer_policy, paper_mode, seed, closes_at, created_at, "
    "bank_file FROM exam ";

std::optional<std::int64_t> optionalInt(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getInt64();
}

ExamRecord examFrom(SQLite::Statement& row) {
    ExamRecord exam;
    exam.id = row.getColumn(0).getInt64();
    ExamSettings& s = exam.settings;
    s.title = row.getColumn(1).getString();
    s.blueprintRow = optionalInt(row.getColumn(2));
    s.timeLimit = std::chrono::milliseconds(row.getColumn(3).getInt64());
    s.passMark = row.getColumn(4).getInt64();
    s.attemptsAllowed = row.getColumn(5).getInt();
    // The CHECK constraints admit only these names, so the lookups always succeed.
    s.combine = combineFromName(row.getColumn(6).getString()).value();
    s.showAnswers = showAnswersFromName(row.getColumn(7).getString()).value();
    s.timerPolicy = exam::timerPolicyFromName(row.getColumn(8).getString()).value();
    s.paperMode = paperModeFromName(row.getColumn(9).getString()).value();
    s.seed = row.getColumn(10).getInt64();
    s.closesAt = optionalInt(row.getColumn(11));
    exam.createdAt = row.getColumn(12).getInt64();
    s.bankFile = row.getColumn(13).getString();
    return exam;
}

}  // namespace

std::string_view combineName(AttemptsCombine combine) {
    return kCombineNames[static_cast<std::size_t>(combine)];
}
std::string_view showAnswersName(ShowAnswers show) {
    return kShowNames[static_cast<std::size_t>(show)];
}
std::string_view paperModeName(PaperMode mode) {
    return kModeNames[static_cast<std::size_t>(mode)];
}
std::optional<AttemptsCombine> combineFromName(std::string_view name) {
    return fromName<AttemptsCombine>(kCombineNames, name);
}
std::optional<ShowAnswers> showAnswersFromName(std::string_view name) {
    return fromName<ShowAnswers>(kShowNames, name);
}
std::optional<PaperMode> paperModeFromName(std::string_view name) {
    return fromName<PaperMode>(kModeNames, name);
}

std::int64_t ExamRepository::storeBlueprint(std::string_view blueprintId, std::string_view title,
                                            std::string_view xml, std::int64_t now) {
    const std::string sha = bank::sha256Hex(xml);
    SQLite::Transaction transaction(db_.sql());
    {
        auto find = cache_.use("SELECT id FROM blueprint WHERE blueprint_id = ?1 AND sha256 = ?2");
        find->bind(1, std::string(blueprintId));
        find->bind(2, sha);
        if (find->executeStep()) return find->getColumn(0).getInt64();
    }
    auto insert = cache_.use(
        "INSERT INTO blueprint (blueprint_id, title, xml, sha256, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert->bind(1, std::string(blueprintId));
    insert->bind(2, std::string(title));
    insert->bind(3, std::string(xml));
    insert->bind(4, sha);
    insert->bind(5, now);
    insert->exec();
    transaction.commit();
    return db_.sql().getLastInsertRowid();
}

std::optional<BlueprintRecord> ExamRepository::findBlueprint(std::int64_t row) {
    auto find = cache_.use(
        "SELECT id, blueprint_id, title, xml, sha256, imported_at FROM blueprint WHERE id = ?1");
    find->bind(1, row);
    if (!find->executeStep()) return std::nullopt;
    return BlueprintRecord{find->getColumn(0).getInt64(),  find->getColumn(1).getString(),
                           find->getColumn(2).getString(), find->getColumn(3).getString(),
                           find->getColumn(4).getString(), find->getColumn(5).getInt64()};
}

std::int64_t ExamRepository::insertExam(const ExamSettings& s, std::int64_t now) {
    auto insert = cache_.use(
        "INSERT INTO exam (title, blueprint_row, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, closes_at, created_at, "
        "bank_file) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert->bind(1, s.title);
    if (s.blueprintRow) insert->bind(2, *s.blueprintRow);
    insert->bind(3, static_cast<std::int64_t>(s.timeLimit.count()));
    insert->bind(4, s.passMark);
    insert->bind(5, s.attemptsAllowed);
    insert->bind(6, std::string(combineName(s.combine)));
    insert->bind(7, std::string(showAnswersName(s.showAnswers)));
    insert->bind(8, std::string(exam::timerPolicyName(s.timerPolicy)));
    insert->bind(9, std::string(paperModeName(s.paperMode)));
    insert->bind(10, s.seed);
    if (s.closesAt) insert->bind(11, *s.closesAt);
    insert->bind(12, now);
    insert->bind(13, s.bankFile);
    insert->exec();
    return db_.sql().getLastInsertRowid();
}

std::optional<ExamRecord> ExamRepository::findExam(std::int64_t id) {
    auto find = cache_.use(std::string(kExamColumns) + "WHERE id = ?1");
    find->bind(1, id);
    if (!find->executeStep()) return std::nullopt;
    return examFrom(*find);
}

std::vector<ExamRecord> ExamRepository::listExams() {
    auto list = cache_.use(std::string(kExamColumns) + "ORDER BY id");
    std::vector<ExamRecord> exams;
    while (list->executeStep()) exams.push_back(examFrom(*list));
    return exams;
}

void ExamRepository::insertExtraTime(const ExtraTimeGrant& grant) {
    auto insert = cache_.use(
        "INSERT INTO extra_time (exam_id, person_id, extra_ms, granted_at, granted_by, reason) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert->bind(1, grant.examId);
    insert->bind(2, grant.personId);
    insert->bind(3, static_cast<std::int64_t>(grant.extra.count()));
    insert->bind(4, grant.grantedAt);
    insert->bind(5, grant.grantedBy);
    insert->bind(6, grant.reason);
    insert->exec();
}

std::vector<ExtraTimeGrant> ExamRepository::grantsFor(std::int64_t examId, std::int64_t personId) {
    auto list = cache_.use(
        "SELECT extra_ms, granted_at, granted_by, reason FROM extra_time "
        "WHERE exam_id = ?1 AND person_id = ?2 ORDER BY id");
    list->bind(1, examId);
    list->bind(2, personId);
    std::vector<ExtraTimeGrant> grants;
    while (list->executeStep()) {
        grants.push_back({examId, personId,
                          std::chrono::milliseconds(list->getColumn(0).getInt64()),
                          list->getColumn(1).getInt64(), list->getColumn(2).getString(),
                          list->getColumn(3).getString()});
    }
    return grants;
}

std::chrono::milliseconds ExamRepository::extraTimeFor(std::int64_t examId, std::int64_t personId) {
    auto sum = cache_.use(
        "SELECT coalesce(sum(extra_ms), 0) FROM extra_time WHERE exam_id = ?1 AND person_id = ?2");
    sum->bind(1, examId);
    sum->bind(2, personId);
    sum->executeStep();
    return std::chrono::milliseconds(sum->getColumn(0).getInt64());
}

bool ExamRepository::personExists(std::int64_t personId) {
    auto find = cache_.use("SELECT 1 FROM person WHERE id = ?1");
    find->bind(1, personId);
    return find->executeStep();
}

std::optional<PersonSummary> ExamRepository::person(std::int64_t personId) {
    auto find = cache_.use("SELECT employee_no, name, unit FROM person WHERE id = ?1");
    find->bind(1, personId);
    if (!find->executeStep()) return std::nullopt;
    return PersonSummary{find->getColumn(0).getString(), find->getColumn(1).getString(),
                         find->getColumn(2).getString()};
}

}  // namespace tqm::store
