// The end-of-course quiz (结业测验) as an exam: a course names its quiz blueprint, and the exam
// made from it is created once, the first time someone asks for it, with settings fit for a
// quiz; later requests find that exam again. Whether a passed quiz counts for the course is
// course/course_progress.h's rule (recordQuizPassed with the attempt).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "session/exam_service.h"

namespace tqm::session {

// A quiz gives this much time per question, and never less than kQuizMinimumMinutes.
inline constexpr int kQuizMinutesPerQuestion = 2;
inline constexpr int kQuizMinimumMinutes = 10;
// A quiz is passed with this share of its points, in percent.
inline constexpr int kQuizPassPercent = 60;
// A quiz may be taken again; the best attempt counts.
inline constexpr int kQuizAttempts = 10;

struct CourseQuizResult {
    std::optional<std::int64_t> examId;
    bool created = false;                 // this call made the exam
    std::vector<Diagnostic> diagnostics;  // blueprint, bank and trial paper, when creating
    std::vector<Refusal> problems;        // settings refused, when creating
    bool ok() const { return examId.has_value(); }
};

// The exam made from the blueprint `blueprintId` (read from `blueprintDir`/<id>.xml, its bank
// found beside it): an existing exam made from a blueprint with that id, or a new one titled as
// the blueprint, with kQuizMinutesPerQuestion a question, kQuizPassPercent of the points to pass,
// kQuizAttempts attempts of which the highest counts, answers shown after submission.
CourseQuizResult courseQuizExam(ExamService& service, std::string_view blueprintId,
                                const std::filesystem::path& blueprintDir, std::int64_t seed);

// The exam made before from the blueprint `blueprintId`, if any (the lowest id).
std::optional<std::int64_t> findQuizExam(ExamService& service, std::string_view blueprintId);

}  // namespace tqm::session
