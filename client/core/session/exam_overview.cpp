#include "session/exam_overview.h"

#include <algorithm>

#include "exam/blueprint_reader.h"

namespace tqm::session {

namespace {

ExamOverview overviewOf(ExamService& service, const store::ExamRecord& exam, std::int64_t personId,
                        std::int64_t now) {
    ExamOverview overview;
    overview.exam = exam;
    if (exam.settings.blueprintRow) {
        if (const auto stored = service.blueprint(*exam.settings.blueprintRow)) {
            const exam::BlueprintReadResult read =
                exam::readBlueprintBytes("blueprint " + stored->blueprintId, stored->xml);
            if (read.ok()) {
                overview.questionCount = read.blueprint.questionCount();
                overview.totalPoints = read.blueprint.totalPoints();
            }
        }
    }
    store::AttemptRepository& attempts = service.attempts();
    overview.attemptsUsed = attempts.countAttempts(exam.id, personId);
    overview.attemptsLeft = std::max(0, exam.settings.attemptsAllowed - overview.attemptsUsed);
    overview.closed = exam.settings.closesAt && now >= *exam.settings.closesAt;
    overview.open = attempts.findOpen(exam.id, personId);
    for (const std::int64_t id :
         attempts.latestAttemptIds(exam.id, personId, overview.attemptsUsed)) {
        const std::optional<store::AttemptRow> row = attempts.find(id);
        if (row && row->submitted()) {
            overview.lastSubmitted = row;
            break;
        }
    }
    overview.state = overview.open            ? ExamState::InProgress
                     : overview.lastSubmitted ? ExamState::Submitted
                                              : ExamState::NotStarted;
    return overview;
}

}  // namespace

std::vector<ExamOverview> examsForPerson(ExamService& service, std::int64_t personId,
                                         std::int64_t now) {
    std::vector<ExamOverview> listed;
    for (const store::ExamRecord& exam : service.listExams()) {
        ExamOverview overview = overviewOf(service, exam, personId, now);
        if (overview.closed && overview.attemptsUsed == 0) continue;
        listed.push_back(std::move(overview));
    }
    // Stable: within a state the exams stay in id order.
    const auto rank = [](const ExamOverview& overview) {
        switch (overview.state) {
            case ExamState::InProgress:
                return 0;
            case ExamState::NotStarted:
                return 1;
            case ExamState::Submitted:
                break;
        }
        return 2;
    };
    std::stable_sort(listed.begin(), listed.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    return listed;
}

std::vector<ExamOverview> examsOpenTo(ExamService& service, std::int64_t personId,
                                      std::int64_t now) {
    std::vector<ExamOverview> open = examsForPerson(service, personId, now);
    std::erase_if(open, [](const ExamOverview& overview) { return !overview.canSitNow(); });
    return open;
}

std::optional<ExamOverview> examForPerson(ExamService& service, std::int64_t examId,
                                          std::int64_t personId, std::int64_t now) {
    const std::optional<store::ExamRecord> exam = service.exam(examId);
    if (!exam) return std::nullopt;
    return overviewOf(service, *exam, personId, now);
}

std::string blueprintIdOf(ExamService& service, const store::ExamRecord& exam) {
    if (!exam.settings.blueprintRow) return {};
    const std::optional<store::BlueprintRecord> stored =
        service.blueprint(*exam.settings.blueprintRow);
    return stored ? stored->blueprintId : std::string();
}

}  // namespace tqm::session
