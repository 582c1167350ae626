#include "exam/exam_tour.h"

#include <algorithm>

#include <wx/intl.h>

#include "session/course_quiz.h"
#include "session/exam_setup.h"

namespace tqm::gui {

namespace {

constexpr const char* kTourBlueprint = "tqm-demo-exam";
constexpr std::int64_t kTourSeed = 20261124;

std::optional<std::int64_t> makeTourExam(TourCamera& camera, LearnerWorkspace& workspace) {
    session::ExamService service(*workspace.database());
    session::ExamSetup setup;
    setup.blueprintFile = workspace.blueprintDir() / (std::string(kTourBlueprint) + ".xml");
    setup.timeLimit = std::chrono::minutes(60);
    setup.passMark = 6000;
    setup.attemptsAllowed = 2;
    setup.seed = kTourSeed;
    const session::ExamSetupResult made = session::createExamFromBlueprint(service, setup);
    if (!made.ok()) {
        const wxString why = made.diagnostics.empty()
                                 ? wxString()
                                 : wxString::FromUTF8(made.diagnostics.front().file + ": " +
                                                      made.diagnostics.front().message);
        camera.fail(wxString::Format(_("The tour cannot make its exam from \"%s\": %s"),
                                     wxString::FromUTF8(setup.blueprintFile.string()), why));
        return std::nullopt;
    }
    // A course quiz beside it, so that the list shows more than one exam; not needed.
    for (const course::Course& course : workspace.courses()) {
        if (session::courseQuizExam(service, course.quizBlueprint.id, workspace.blueprintDir(),
                                    kTourSeed)
                .ok())
            break;
    }
    return made.examId;
}

// Presses the letters of the question's correct options (true/false: A for true), as a person
// who knows the answer would; the fifth question gets a wrong one.
void answerChoice(ExamFrame& view, std::size_t index) {
    const exam::PaperQuestion& question = view.attempt().paper()[index];
    AnswerInput& input = *view.question()->input();
    if (question.type == bank::QuestionType::TrueFalse) {
        input.pickKey(question.answerTrue == (index != 4) ? 'A' : 'B');
        return;
    }
    for (std::size_t i = 0; i < question.options.size(); ++i)
        if (question.options[i].correct != (index == 4))
            input.pickKey(static_cast<wxChar>('A' + i));
}

// Answers the choice questions as a person would, leaves a few out, flags two, and stops at a
// multiple-choice question.
void answerSome(ExamFrame& view) {
    const auto& paper = view.attempt().paper();
    std::optional<std::size_t> multiple;
    for (std::size_t i = 0; i < paper.size(); ++i) {
        const bank::QuestionType type = paper[i].type;
        if (type == bank::QuestionType::MultipleChoice && !multiple) multiple = i;
        const bool choice = type == bank::QuestionType::SingleChoice ||
                            type == bank::QuestionType::MultipleChoice ||
                            type == bank::QuestionType::TrueFalse;
        if (!choice || i == 7 || i == 11) continue;
        view.goTo(i);
        answerChoice(view, i);
        if (i == 2 || i == 9) view.toggleFlag();
    }
    if (multiple) view.goTo(*multiple);
}

// The first question of the paper with a figure, then back to where the person was.
void shootFigure(TourCamera& camera, ExamFrame& view) {
    const auto& paper = view.attempt().paper();
    const auto figure = std::find_if(
        paper.begin(), paper.end(), [](const exam::PaperQuestion& q) { return !q.images.empty(); });
    if (figure == paper.end()) {
        camera.fail(_("The tour's exam paper has no question with a figure."));
        return;
    }
    const std::size_t was = view.attempt().current();
    view.goTo(static_cast<std::size_t>(figure - paper.begin()));
    camera.shoot(view, "exam-question-image");
    view.goTo(was);
}

// The review scrolled to a wrong answer and its explanation.
void shootReview(TourCamera& camera, ExamResultPage& result) {
    const std::optional<std::size_t> wrong = result.firstWrongWithExplanation();
    if (!wrong || !result.scrollReviewTo(*wrong)) {
        camera.fail(_("The tour's exam result shows no wrong answer to review."));
        return;
    }
    camera.shoot("exam-review");
}

}  // namespace

void tourExams(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    LearnerWorkspace& workspace = frame.workspace();
    if (!camera.ok() || !workspace.database() || !workspace.signedIn()) return;
    auto* clock = dynamic_cast<FakeClock*>(&workspace.clock());
    if (!clock) {
        camera.fail(_("The tour's exam pictures need the tour's own clock."));
        return;
    }
    const std::optional<std::int64_t> examId = makeTourExam(camera, workspace);
    if (!examId) return;

    frame.showScreen(Screen::Exams);
    ExamsPanel& exams = *frame.exams();
    exams.showList();
    exams.listPage()->select(*examId);
    camera.shoot("exams-list");

    exams.setFullScreen(false);
    if (!exams.askToStart(*examId) || !exams.startConfirmed() || !exams.examView()) {
        camera.fail(_("The tour could not start its exam."));
        frame.Show();
        return;
    }
    ExamFrame& view = *exams.examView();
    answerSome(view);
    camera.shoot(view, "exam-question");
    shootFigure(camera, view);

    clock->set(view.attempt().deadline() - std::chrono::seconds(42));
    view.tick();
    camera.shoot(view, "exam-ending");

    view.askToSubmit();
    camera.shoot(view, "exam-submit");

    view.submitNow();
    camera.shoot("exam-result");
    shootReview(camera, *exams.resultPage());
    exams.setFullScreen(true);
}

}  // namespace tqm::gui
