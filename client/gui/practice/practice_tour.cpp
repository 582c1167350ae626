#include "practice/practice_tour.h"

#include <wx/intl.h>

#include "answer/matching_input.h"
#include "store/review_book_repository.h"

namespace tqm::gui {

namespace {

using namespace std::chrono_literals;

// The first multiple-choice question with an explanation and a source, or with an explanation.
const bank::Question* explainedMultipleChoice(const BankLibrary& library) {
    const bank::Question* fallback = nullptr;
    for (const LoadedBank& loaded : library.banks()) {
        for (const bank::Question& question : loaded.bank().questions) {
            if (question.type != bank::QuestionType::MultipleChoice || question.explanation.empty())
                continue;
            if (!question.source.empty()) return &question;
            if (!fallback) fallback = &question;
        }
    }
    return fallback;
}

// The first matching question of the banks.
const bank::Question* firstMatching(const BankLibrary& library) {
    for (const LoadedBank& loaded : library.banks())
        for (const bank::Question& question : loaded.bank().questions)
            if (question.type == bank::QuestionType::Matching) return &question;
    return nullptr;
}

// The practice source that is exactly the question's own category.
std::optional<std::size_t> sourceOf(const std::vector<PracticeSource>& sources,
                                    const bank::Question& question) {
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const PracticeSource& source = sources[i];
        if (source.categories.size() == 1 && source.categories[0].id == question.category) return i;
    }
    return std::nullopt;
}

// Starts a round on `wanted`'s category and goes on to `wanted`; false when it is not there.
bool showInRound(PracticePanel& practice, const bank::Question* wanted) {
    const auto source = wanted ? sourceOf(practice.choosePage()->sources(), *wanted) : std::nullopt;
    if (!source || !practice.startRound({*source, 0, false})) return false;
    QuestionPage& page = *practice.questionPage();
    const session::PracticeRound& round = *practice.round();
    // Earlier questions of the category are skipped, which records nothing.
    while (round.bankQuestion(page.index()).id != wanted->id && page.index() + 1 < round.size()) {
        page.check();
        page.next();
    }
    return round.bankQuestion(page.index()).id == wanted->id;
}

// A matching question checked with its first prompt matched wrong: the marks per prompt show.
void shootMatching(TourCamera& camera, PracticePanel& practice) {
    if (!showInRound(practice, firstMatching(camera.frame().library()))) {
        camera.fail(_("The tour found no matching question."));
        return;
    }
    QuestionPage& page = *practice.questionPage();
    auto* input = dynamic_cast<MatchingInput*>(page.input());
    const exam::PaperQuestion& question = practice.round()->question(page.index());
    if (!input || question.matchAnswers.size() < 2) {
        camera.fail(_("The tour found no matching question."));
        return;
    }
    for (std::size_t prompt = 0; prompt < question.matchPrompts.size(); ++prompt) {
        const std::size_t right = question.matchKey[prompt];
        input->choose(prompt, prompt == 0 ? (right + 1) % question.matchAnswers.size() : right);
    }
    page.check();
    camera.shoot("practice-matching");
}

}  // namespace

void preparePracticeTour(MainFrame& frame) {
    LearnerWorkspace& workspace = frame.workspace();
    if (!workspace.database() || !workspace.signedIn()) return;
    const std::int64_t person = workspace.signedIn()->id;
    // Progress: the first lessons of the first two courses finished.
    const auto& courses = workspace.courses();
    for (std::size_t c = 0; c < courses.size() && c < 2; ++c) {
        const course::Course& course = courses[c];
        for (std::size_t l = 0; l < course.lessons.size() && l <= c; ++l)
            workspace.progressStore().finishLesson(person, course, course.lessons[l].id);
    }
    // Three wrong answers days ago, so due for review today, and one yesterday, due tomorrow.
    store::ReviewBookRepository book(*workspace.database());
    const TimePoint now = workspace.clock().now();
    const std::chrono::hours agoByEntry[] = {120h, 72h, 72h, 2h};
    std::size_t recorded = 0;
    for (const LoadedBank& loaded : frame.library().banks()) {
        for (const bank::Question& question : loaded.bank().questions) {
            if (recorded == std::size(agoByEntry)) return;
            if (question.type == bank::QuestionType::ShortAnswer) continue;
            book.recordWrong(person, loaded.bank().id, question.id, now - agoByEntry[recorded]);
            ++recorded;
        }
    }
}

void tourPractice(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    frame.showScreen(Screen::Practice);
    PracticePanel& practice = *frame.practice();
    practice.showChoose();
    camera.shoot("practice-choose");

    if (!showInRound(practice, explainedMultipleChoice(frame.library()))) {
        camera.fail(_("The tour found no multiple-choice question with an explanation."));
        return;
    }
    QuestionPage& page = *practice.questionPage();
    // The first option alone: right or wrong, the colours and the full answer show.
    page.input()->pickKey('A');
    page.check();
    camera.shoot("practice-question");
    shootMatching(camera, practice);

    practice.showBook();
    camera.shoot("wrong-answer-book");
    practice.showChoose();
}

}  // namespace tqm::gui
