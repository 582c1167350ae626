// An exam's results as the organizer's table shows them: one row per person who has sat the
// exam, with the attempt that counts (session/exam_results.h) or, for someone who has not
// submitted any attempt yet, the attempt in progress. And the exams to choose from, with counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "exam/points.h"
#include "exam/scoring.h"
#include "store/database.h"
#include "store/exam_repository.h"

namespace tqm::results {

enum class ResultState : std::uint8_t {
    InProgress,       // no attempt submitted yet; one is open
    AwaitingMarking,  // submitted, an essay still waits for its mark (verdict pending)
    Submitted,        // submitted and decided: pass or fail
};

struct ResultRow {
    std::int64_t personId = 0;
    std::int64_t attemptId = 0;
    std::string employeeNo;  // 工号
    std::string name;
    std::string unit;
    std::string positions;  // 岗位, several joined by "、"
    int attemptNo = 0;
    ResultState state = ResultState::InProgress;
    exam::Centipoints earned = 0;  // 0 while in progress
    exam::Centipoints max = 0;     // 0 while in progress
    exam::Verdict verdict = exam::Verdict::Pending;
    std::optional<std::int64_t> timeUsedMs;          // none while in progress
    std::optional<std::int64_t> submittedAt;         // Unix ms UTC; none while in progress
    std::vector<exam::CategorySubtotal> categories;  // empty while in progress

    // Whether the row counts in the mean, the pass rate and the charts: submitted and decided.
    bool scored() const { return state == ResultState::Submitted; }
    bool operator==(const ResultRow&) const = default;
};

// The table of one exam, by 工号; empty for an exam that does not exist.
std::vector<ResultRow> loadResultRows(store::Database& database, std::int64_t examId);

struct ExamChoice {
    store::ExamRecord exam;
    int people = 0;     // people with an attempt
    int submitted = 0;  // submitted attempts
    int inProgress = 0;
    bool operator==(const ExamChoice&) const = default;
};

// Every exam in the database, newest first, with its counts.
std::vector<ExamChoice> listExamChoices(store::Database& database);

}  // namespace tqm::results
