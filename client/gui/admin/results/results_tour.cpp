#include "admin/results/results_tour.h"

#include <algorithm>
#include <cstdint>

#include <wx/intl.h>

#include "session/exam_service.h"
#include "session/exam_setup.h"
#include "session/exam_sitting.h"
#include "session/practice_feedback.h"

namespace tqm::gui {

namespace {

constexpr std::size_t kSitters = 30;
constexpr std::size_t kStillSitting = 2;  // of them, the last ones have not submitted yet

// A fixed pseudo-random fraction in [0, 1) for person i and question j, so every tour shows the
// same results.
double draw(std::size_t i, std::size_t j) {
    std::uint64_t x = (i + 1) * 0x9E3779B97F4A7C15ULL ^ (j + 1) * 0xC2B2AE3D27D4EB4FULL;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return static_cast<double>(x % 10000) / 10000.0;
}

// A wrong answer of the question's kind: another option, the other truth value, or nothing.
exam::Answer wrongAnswer(const exam::PaperQuestion& q, std::size_t i) {
    using bank::QuestionType;
    if (q.type == QuestionType::TrueFalse) return exam::TrueFalseAnswer{!q.answerTrue};
    if ((q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice) &&
        !q.options.empty()) {
        std::vector<std::size_t> wrong;
        for (std::size_t k = 0; k < q.options.size(); ++k)
            if (!q.options[k].correct) wrong.push_back(k);
        if (!wrong.empty()) return exam::ChoiceAnswer{{wrong[i % wrong.size()]}};
    }
    return exam::NoAnswer{};
}

// Whether person i (of ability 0..1) answers question j right. The first question everyone
// gets right and the second favours the weaker half, so item analysis has flags to show.
bool answersRight(std::size_t i, std::size_t j, double ability) {
    if (j == 0) return true;
    if (j == 1) return ability < 0.55;
    const double difficulty = 0.15 + 0.5 * draw(1000, j);
    return draw(i, j) < ability + 0.35 - difficulty;
}

// One exam of the shipped blueprints sat by the first people of the roster; the exam's id.
std::optional<std::int64_t> prepareExam(LearnerWorkspace& workspace) {
    store::Database* db = workspace.database();
    if (!db) return std::nullopt;
    session::ExamService service(*db);
    session::ExamSetup setup;
    setup.blueprintFile = workspace.blueprintDir() / "competition-individual.xml";
    setup.title = "全面质量管理知识竞赛（个人赛）";
    setup.timeLimit = std::chrono::minutes(60);
    setup.passMark = exam::toCentipoints(60);
    setup.seed = 20261124;
    const session::ExamSetupResult made = session::createExamFromBlueprint(service, setup);
    if (!made.ok()) return std::nullopt;
    const std::vector<store::Person> people = workspace.people();
    const std::size_t sitters = std::min(kSitters, people.size());
    for (std::size_t i = 0; i < sitters; ++i) {
        const session::SittingResult sitting =
            session::openSitting(service, *made.examId, people[i]);
        if (!sitting.attempt) continue;
        const std::int64_t attemptId = sitting.attempt->attempt.id;
        const std::vector<exam::PaperQuestion> paper = service.attempts().paper(attemptId);
        const double ability = 0.25 + 0.7 * draw(i, 9999);
        for (std::size_t j = 0; j < paper.size(); ++j) {
            const exam::Answer answer = answersRight(i, j, ability)
                                            ? session::correctAnswerOf(paper[j])
                                            : wrongAnswer(paper[j], i);
            if (!std::holds_alternative<exam::NoAnswer>(answer))
                service.answer(attemptId, j + 1, answer);
        }
        if (i + kStillSitting < sitters) service.submit(attemptId);
    }
    return made.examId;
}

}  // namespace

void tourResults(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    const std::optional<std::int64_t> examId = prepareExam(frame.workspace());
    if (!examId) {
        camera.fail(_("The tour could not prepare an exam with results."));
        return;
    }
    frame.showScreen(Screen::Admin);
    AdminPanel& admin = *frame.admin();
    admin.tabs()->SetSelection(static_cast<std::size_t>(admin.tabs()->FindPage(admin.results())));
    ResultsPanel& results = *admin.results();
    results.refresh();
    results.selectExam(*examId);
    results.pages()->SetSelection(0);
    results.table()->list()->sortBy(results::ResultColumn::Score, false);
    camera.shoot("admin-results");

    results.pages()->SetSelection(1);
    ItemAnalysisPage& items = *results.items();
    items.list()->sortBy(results::ItemColumn::Flags, true);
    items.selectItem(0);
    camera.shoot("admin-item-analysis");
}

}  // namespace tqm::gui
