// Exams in the database: blueprints as imported, exam settings, and the extra time granted to a
// person. Each write is its own transaction unless the caller holds one.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exam/points.h"
#include "exam/timer_policy.h"
#include "store/database.h"
#include "store/statement_cache.h"

namespace tqm::store {

enum class AttemptsCombine : std::uint8_t { Highest, Last };
enum class ShowAnswers : std::uint8_t { Immediately, AfterSubmit, AfterClose, Never };
enum class PaperMode : std::uint8_t { Same, PerPerson };

// The names the database stores: "highest", "last"; "immediately", "after-submit",
// "after-close", "never"; "same", "per-person".
std::string_view combineName(AttemptsCombine combine);
std::string_view showAnswersName(ShowAnswers show);
std::string_view paperModeName(PaperMode mode);
std::optional<AttemptsCombine> combineFromName(std::string_view name);
std::optional<ShowAnswers> showAnswersFromName(std::string_view name);
std::optional<PaperMode> paperModeFromName(std::string_view name);

struct ExamSettings {
    std::string title;
    std::optional<std::int64_t> blueprintRow;  // blueprint.id, when made from an imported one
    std::string bankFile;  // the bank papers are drawn from: an absolute path, or empty
    std::chrono::milliseconds timeLimit{0};
    exam::Centipoints passMark = 0;
    int attemptsAllowed = 1;
    AttemptsCombine combine = AttemptsCombine::Highest;
    ShowAnswers showAnswers = ShowAnswers::AfterSubmit;
    exam::TimerPolicy timerPolicy = exam::TimerPolicy::DeadlineRuns;
    PaperMode paperMode = PaperMode::PerPerson;
    std::int64_t seed = 0;
    std::optional<std::int64_t> closesAt;  // Unix ms UTC; no attempt starts from then on

    bool operator==(const ExamSettings&) const = default;
};

struct ExamRecord {
    std::int64_t id = 0;
    ExamSettings settings;
    std::int64_t createdAt = 0;
    bool operator==(const ExamRecord&) const = default;
};

struct BlueprintRecord {
    std::int64_t id = 0;
    std::string blueprintId;  // the id written in the file
    std::string title;
    std::string xml;
    std::string sha256;  // of the XML text, lower-case hex
    std::int64_t importedAt = 0;
    bool operator==(const BlueprintRecord&) const = default;
};

struct ExtraTimeGrant {
    std::int64_t examId = 0;
    std::int64_t personId = 0;
    std::chrono::milliseconds extra{0};
    std::int64_t grantedAt = 0;
    std::string grantedBy;
    std::string reason;
    bool operator==(const ExtraTimeGrant&) const = default;
};

struct PersonSummary {
    std::string employeeNo;
    std::string name;
    std::string unit;
    bool operator==(const PersonSummary&) const = default;
};

class ExamRepository {
  public:
    explicit ExamRepository(Database& database) : db_(database), cache_(database.sql()) {}

    // Stores the blueprint's XML; the same id with the same text is stored once (its row is
    // returned again).
    std::int64_t storeBlueprint(std::string_view blueprintId, std::string_view title,
                                std::string_view xml, std::int64_t now);
    std::optional<BlueprintRecord> findBlueprint(std::int64_t row);

    std::int64_t insertExam(const ExamSettings& settings, std::int64_t now);
    std::optional<ExamRecord> findExam(std::int64_t id);
    std::vector<ExamRecord> listExams();  // by id

    void insertExtraTime(const ExtraTimeGrant& grant);
    std::vector<ExtraTimeGrant> grantsFor(std::int64_t examId, std::int64_t personId);
    std::chrono::milliseconds extraTimeFor(std::int64_t examId, std::int64_t personId);

    bool personExists(std::int64_t personId);
    std::optional<PersonSummary> person(std::int64_t personId);

  private:
    Database& db_;
    StatementCache cache_;
};

}  // namespace tqm::store
