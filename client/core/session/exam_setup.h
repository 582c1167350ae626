// Making an exam from a blueprint file: the blueprint is read and checked, its bank is found
// (named, or looked for beside the blueprint), a trial paper is assembled so that a blueprint the
// bank cannot satisfy is refused now rather than when the first person sits down, and then the
// blueprint's text and the exam's settings are stored.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "exam/blueprint.h"
#include "exam/points.h"
#include "exam/timer_policy.h"
#include "session/exam_service.h"
#include "store/exam_repository.h"

namespace tqm::session {

struct ExamSetup {
    std::filesystem::path blueprintFile;
    std::optional<std::filesystem::path> bankFile;  // otherwise found with findBankFor()
    std::string title;
    std::chrono::milliseconds timeLimit{0};
    exam::Centipoints passMark = 0;
    int attemptsAllowed = 1;
    store::AttemptsCombine combine = store::AttemptsCombine::Highest;
    store::ShowAnswers showAnswers = store::ShowAnswers::AfterSubmit;
    exam::TimerPolicy timerPolicy = exam::TimerPolicy::DeadlineRuns;
    std::int64_t seed = 0;  // recorded; the caller draws a fresh one for a new exam
    std::optional<std::int64_t> closesAt;
    // Overrides the blueprint's paper mode; the blueprint is then stored with this mode, so that
    // every sitting assembles papers the way the exam was made.
    std::optional<exam::PaperMode> paperMode;
};

struct ExamSetupResult {
    std::optional<std::int64_t> examId;
    std::filesystem::path bankFile;       // the bank the exam draws from
    std::vector<Diagnostic> diagnostics;  // blueprint, bank and trial assembly
    std::vector<Refusal> problems;        // settings the exam service refused
    bool ok() const { return examId.has_value(); }
};

// The bank with `bankId` among the *.xml files in the blueprint's folder and in the "banks"
// folder beside it (question-bank/blueprints/ next to question-bank/banks/), by file name order.
std::optional<std::filesystem::path> findBankFor(std::string_view bankId,
                                                 const std::filesystem::path& blueprintFile);

ExamSetupResult createExamFromBlueprint(ExamService& service, const ExamSetup& setup);

}  // namespace tqm::session
