#include "admin/papers/papers_tour.h"

#include <wx/intl.h>

#include "admin/papers/papers_panel.h"
#include "session/exam_sitting.h"

namespace tqm::gui {

namespace {

// Two people sit the exam, write their essays and submit; a third is still writing.
void sitExam(PapersContext& context, std::int64_t examId) {
    session::ExamService* service = context.service();
    const std::vector<store::Person> people = context.workspace().people();
    const char* essays[] = {
        "先画出鱼骨图的主骨，再按人、机、料、法、环、测六个方面找原因，逐层分析到可以采取措施为止"
        "。",
        "召集班组成员头脑风暴，把原因写在鱼骨上，再用现场数据验证主要原因。"};
    for (std::size_t i = 0; i < people.size() && i < 3; ++i) {
        const session::SittingResult sitting = session::openSitting(*service, examId, people[i]);
        if (!sitting.attempt) continue;
        const std::int64_t attemptId = sitting.attempt->attempt.id;
        const std::vector<exam::PaperQuestion> paper = service->attempts().paper(attemptId);
        for (std::size_t seq = 1; seq <= paper.size(); ++seq) {
            const exam::PaperQuestion& question = paper[seq - 1];
            if (question.type == bank::QuestionType::ShortAnswer)
                service->answer(attemptId, seq, exam::EssayAnswer{essays[(seq + i) % 2]});
            else if (question.type == bank::QuestionType::TrueFalse)
                service->answer(attemptId, seq, exam::TrueFalseAnswer{question.answerTrue});
        }
        if (i < 2) service->submit(attemptId);
    }
}

}  // namespace

void tourPapers(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    AdminPanel* admin = frame.admin();
    if (!admin || !frame.workspace().database()) return;
    frame.showScreen(Screen::Admin);
    admin->tabs()->SetSelection(0);
    PapersPanel& papers = *admin->papers();

    papers.showPage(PapersPanel::Blueprint);
    if (!papers.editor()->openFile(frame.workspace().blueprintDir() / "tqm-demo-exam.xml")) {
        camera.fail(_("The tour could not open the demo blueprint."));
        return;
    }
    if (papers.editor()->rules()->rowCount() > 4) {
        const RulePlace place = papers.editor()->rules()->place(2);
        papers.editor()->rules()->select(place);
        papers.editor()->form()->show(place);
    }
    camera.shoot("admin-blueprint");

    papers.showPage(PapersPanel::Exams);
    ExamCreator& creator = *papers.creator();
    creator.minutes()->SetValue(90);
    creator.passMark()->ChangeValue(wxS("60"));
    creator.attempts()->SetValue(2);
    const std::optional<std::int64_t> examId = creator.create();
    if (!examId) {
        camera.fail(_("The tour could not create its exam."));
        return;
    }
    camera.shoot("admin-exams");

    papers.showPage(PapersPanel::Preview);
    papers.preview()->setSeed(42);
    papers.preview()->showPaper();
    camera.shoot("admin-preview");

    sitExam(papers.context(), *examId);
    papers.showPage(PapersPanel::Marking);
    papers.marking()->selectExam(*examId);
    camera.shoot("admin-marking");
}

}  // namespace tqm::gui
