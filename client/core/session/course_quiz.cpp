#include "session/course_quiz.h"

#include <algorithm>
#include <chrono>

#include "exam/blueprint_reader.h"
#include "session/exam_overview.h"
#include "session/exam_setup.h"

namespace tqm::session {

std::optional<std::int64_t> findQuizExam(ExamService& service, std::string_view blueprintId) {
    if (blueprintId.empty()) return std::nullopt;
    for (const store::ExamRecord& exam : service.listExams())
        if (blueprintIdOf(service, exam) == blueprintId) return exam.id;
    return std::nullopt;
}

CourseQuizResult courseQuizExam(ExamService& service, std::string_view blueprintId,
                                const std::filesystem::path& blueprintDir, std::int64_t seed) {
    CourseQuizResult result;
    if (const auto existing = findQuizExam(service, blueprintId)) {
        result.examId = existing;
        return result;
    }
    const std::filesystem::path file = blueprintDir / (std::string(blueprintId) + ".xml");
    const exam::BlueprintReadResult read = exam::readBlueprintFile(file);
    if (!read.ok()) {
        result.diagnostics = read.diagnostics;
        return result;
    }
    ExamSetup setup;
    setup.blueprintFile = file;
    setup.title = read.blueprint.title;
    const int minutes =
        std::max(kQuizMinimumMinutes,
                 kQuizMinutesPerQuestion * static_cast<int>(read.blueprint.questionCount()));
    setup.timeLimit = std::chrono::minutes(minutes);
    setup.passMark = read.blueprint.totalPoints() * kQuizPassPercent / 100;
    setup.attemptsAllowed = kQuizAttempts;
    setup.combine = store::AttemptsCombine::Highest;
    setup.showAnswers = store::ShowAnswers::AfterSubmit;
    setup.seed = seed;
    ExamSetupResult created = createExamFromBlueprint(service, setup);
    result.diagnostics = std::move(created.diagnostics);
    result.problems = std::move(created.problems);
    result.examId = created.examId;
    result.created = created.ok();
    return result;
}

}  // namespace tqm::session
