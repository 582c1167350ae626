// What a results export is made of: one row per person and one row per answer, as plain values,
// so the exports know nothing about the database or how an exam was run.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "bank/question.h"
#include "base/clock.h"
#include "exam/points.h"
#include "exam/scoring.h"

namespace tqm::report {

struct PersonResultRow {
    std::string employeeNo;  // 工号
    std::string name;
    std::string unit;
    exam::Centipoints score = 0;
    exam::Centipoints max = 0;
    exam::Verdict verdict = exam::Verdict::Pending;
    std::chrono::milliseconds timeUsed{0};
    std::optional<TimePoint> submittedAt;  // empty while the attempt is open
};

struct AnswerResultRow {
    std::string employeeNo;
    std::string name;
    std::size_t seq = 0;  // 题号: 1-based position on the person's paper
    std::string questionId;
    bank::QuestionType type = bank::QuestionType::SingleChoice;
    std::string answerText;  // the answer in exam/answer.h text form; empty when unanswered
    exam::Centipoints earned = 0;
    exam::Centipoints max = 0;
    exam::ScoreStatus status = exam::ScoreStatus::Unanswered;
};

struct ExportOptions {
    // Times are written at this offset from UTC: China Standard Time unless told otherwise.
    std::chrono::minutes utcOffset{8 * 60};
};

// An export that could not be written. The file named was left as it was.
struct ExportError {
    std::string file;
    std::string message;  // names the file and the reason
    bool operator==(const ExportError&) const = default;
};

}  // namespace tqm::report
