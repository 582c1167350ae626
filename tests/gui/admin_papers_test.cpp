// 管理 → 试卷与考试 driven through its panels: rule counts in the blueprint editor, an exam made
// through the form, the preview of seed 42 against the core's own assembly, extra time, and an
// essay marked. Each test checks the database through the core afterwards.
#include <catch2/catch.hpp>

#include <fstream>

#include <wx/listctrl.h>

#include "admin/admin_panel.h"
#include "admin/papers/papers_panel.h"
#include "bank/native_reader.h"
#include "exam/blueprint_reader.h"
#include "exam/paper_assembly.h"
#include "learner_fixture.h"
#include "session/exam_sitting.h"
#include "sign_in/sign_in_panel.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// Five true/false questions (three in basics, two in tools) and two essays in tools.
constexpr const char* kBank = R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="papers-test" version="1.0.0" language="zh-CN">
  <title>组卷测试题库</title>
  <categories>
    <category id="basics" title="基础"/>
    <category id="tools" title="工具"/>
  </categories>
  <questions>
    <true-false id="tf-1" category="basics" answer="true"><stem>判断一</stem></true-false>
    <true-false id="tf-2" category="basics" answer="false"><stem>判断二</stem></true-false>
    <true-false id="tf-3" category="basics" answer="true"><stem>判断三</stem></true-false>
    <true-false id="tf-4" category="tools" answer="false"><stem>判断四</stem></true-false>
    <true-false id="tf-5" category="tools" answer="true"><stem>判断五</stem></true-false>
    <short-answer id="sa-1" category="tools"><stem>简述排列图的用途。</stem><reference>找出主要问题。</reference></short-answer>
    <short-answer id="sa-2" category="tools"><stem>简述因果图的画法。</stem><reference>人机料法环测。</reference></short-answer>
  </questions>
</bank>
)";

constexpr const char* kBlueprint = R"(<?xml version="1.0" encoding="UTF-8"?>
<blueprint format="1" id="papers-test-exam" bank="papers-test">
  <title>组卷测试考试</title>
  <options shuffle-questions="true"/>
  <section title="一、判断题" type="true-false" points="5">
    <draw count="2" category="basics"/>
    <draw count="1" category="tools"/>
    <draw count="2"/>
  </section>
  <section title="二、简答题" type="short-answer" points="10">
    <draw count="1"/>
  </section>
</blueprint>
)";

void write(const std::filesystem::path& file, const char* text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

struct PapersFixture {
    PapersFixture() : learner("papers") {
        write(learner.folder() / "banks" / "papers-test.xml", kBank);
        write(blueprint(), kBlueprint);
        frame = learner.open();
        frame->signInPanel()->importDemoRoster();
        frame->showScreen(Screen::Admin);
        panel = frame->admin()->papers();
        REQUIRE(panel->editor()->openFile(blueprint()));
        pumpEvents();
    }
    std::filesystem::path blueprint() const {
        return learner.folder() / "blueprints" / "papers-test-exam.xml";
    }
    session::ExamService& service() { return *panel->context().service(); }
    store::Person person(std::size_t i) { return frame->workspace().people().at(i); }

    std::int64_t createExam() {
        panel->showPage(PapersPanel::Exams);
        ExamCreator& creator = *panel->creator();
        creator.title()->ChangeValue(wxS("第三车间质量知识考试"));
        creator.minutes()->SetValue(45);
        creator.passMark()->ChangeValue(wxS("25.5"));
        creator.attempts()->SetValue(2);
        creator.timerPolicy()->SetSelection(1);
        creator.seed()->ChangeValue(wxS("20261124"));
        const auto id = creator.create();
        REQUIRE(id);
        return *id;
    }

    LearnerFixture learner;
    FramePtr frame;
    PapersPanel* panel = nullptr;
};

std::vector<wxString> column(const RuleList& rules, int col) {
    std::vector<wxString> cells;
    for (std::size_t row = 0; row < rules.rowCount(); ++row)
        cells.push_back(rules.cellText(row, col));
    return cells;
}

}  // namespace

TEST_CASE("the blueprint editor shows exactly how many questions each rule can draw from") {
    PapersFixture f;
    const RuleList& rules = *f.panel->editor()->rules();
    REQUIRE(rules.rowCount() == 4);
    CHECK(column(rules, RuleList::Available) == std::vector<wxString>{"3", "2", "5", "2"});
    CHECK(column(rules, RuleList::Count) == std::vector<wxString>{"2", "1", "2", "1"});
    CHECK(f.panel->editor()->totals()->GetLabel() == wxS("共 6 题，35 分"));

    SECTION("a rule asking for more than the bank has is marked short") {
        f.panel->editor()->rules()->select({0, 1});
        f.panel->editor()->form()->show(RulePlace{0, 1});
        f.panel->editor()->form()->count()->SetValue(4);
        wxSpinEvent spin(wxEVT_SPINCTRL, f.panel->editor()->form()->count()->GetId());
        spin.SetEventObject(f.panel->editor()->form()->count());
        f.panel->editor()->form()->count()->HandleWindowEvent(spin);
        pumpEvents();
        CHECK(rules.cellText(1, RuleList::Note) == wxS("少 2 题"));
        CHECK(f.panel->context().document().availability().rules[0][1].needed == 4);
        CHECK(f.panel->editor()->totals()->GetLabel() == wxS("共 9 题，50 分"));
    }
}

TEST_CASE("an exam created through the panel is stored with exactly the settings entered") {
    PapersFixture f;
    const std::int64_t examId = f.createExam();
    const auto exam = f.service().exam(examId);
    REQUIRE(exam);
    const store::ExamSettings& s = exam->settings;
    CHECK(s.title == "第三车间质量知识考试");
    CHECK(s.timeLimit == std::chrono::minutes(45));
    CHECK(s.passMark == 2550);
    CHECK(s.attemptsAllowed == 2);
    CHECK(s.combine == store::AttemptsCombine::Highest);
    CHECK(s.showAnswers == store::ShowAnswers::AfterSubmit);
    CHECK(s.timerPolicy == exam::TimerPolicy::PausedWhileDown);
    CHECK(s.paperMode == store::PaperMode::Same);
    CHECK(s.seed == 20261124);
    CHECK_FALSE(s.closesAt);
    CHECK(f.panel->creator()->exams()->GetItemCount() == 1);

    SECTION("a pass mark above the paper's points is refused in plain words") {
        f.panel->creator()->passMark()->ChangeValue(wxS("36"));
        CHECK_FALSE(f.panel->creator()->create());
        const auto& problems = f.panel->creator()->problems()->problems();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].text == wxS("及格分高于试卷总分，谁也无法及格。请降低及格分。"));
        CHECK(f.service().listExams().size() == 1);
    }
}

TEST_CASE("the preview of seed 42 lists the questions the core assembles for seed 42") {
    PapersFixture f;
    f.panel->showPage(PapersPanel::Preview);
    f.panel->preview()->seed()->ChangeValue(wxS("42"));
    REQUIRE(f.panel->preview()->showPaper());

    const exam::BlueprintReadResult read = exam::readBlueprintFile(f.blueprint());
    const bank::ReadResult bank =
        bank::readBankFile(f.learner.folder() / "banks" / "papers-test.xml");
    const exam::AssemblyIndex index(bank.bank);
    exam::AssemblyRequest request;
    request.seed = 42;
    const exam::AssembledPaper paper = exam::assemblePaper(read.blueprint, index, request);
    REQUIRE(paper.ok());
    std::vector<std::string> expected;
    for (const exam::PaperQuestion& q : paper.questions) expected.push_back(q.questionId);
    CHECK(expected.size() == 6);
    CHECK(f.panel->preview()->questionIds() == expected);
}

TEST_CASE("extra time granted through the panel is recorded and moves the deadline") {
    PapersFixture f;
    const std::int64_t examId = f.createExam();
    const store::Person person = f.person(0);
    const session::SittingResult sitting = session::openSitting(f.service(), examId, person);
    REQUIRE(sitting.attempt);
    const std::int64_t deadline = sitting.attempt->attempt.deadline;

    f.panel->showPage(PapersPanel::ExtraTime);
    ExtraTimePage& page = *f.panel->extraTime();
    REQUIRE(page.selectExam(examId));
    REQUIRE(page.selectPerson(person.id));
    page.minutes()->SetValue(15);
    page.reason()->ChangeValue(wxS("停电"));
    page.grantedBy()->ChangeValue(wxS("王主任"));
    REQUIRE(page.grant());

    store::ExamRepository exams(f.service().database());
    const auto grants = exams.grantsFor(examId, person.id);
    REQUIRE(grants.size() == 1);
    CHECK(grants[0].extra == std::chrono::minutes(15));
    CHECK(grants[0].grantedBy == "王主任");
    CHECK(grants[0].reason == "停电");
    CHECK(f.service().attempts().find(sitting.attempt->attempt.id)->deadline ==
          deadline + 15 * 60000);

    page.grantedBy()->ChangeValue(wxString());
    CHECK_FALSE(page.grant());
    CHECK(page.status()->GetLabel() == wxS("请填写批准延时的人。"));
}

TEST_CASE("marking an essay through the panel stores the mark and adds it to the attempt's score") {
    PapersFixture f;
    const std::int64_t examId = f.createExam();
    const session::SittingResult sitting = session::openSitting(f.service(), examId, f.person(0));
    REQUIRE(sitting.attempt);
    const std::int64_t attemptId = sitting.attempt->attempt.id;
    const auto paper = f.service().attempts().paper(attemptId);
    std::size_t essaySeq = 0;
    for (std::size_t seq = 1; seq <= paper.size(); ++seq) {
        if (paper[seq - 1].type == bank::QuestionType::ShortAnswer)
            essaySeq = seq;
        else if (paper[seq - 1].answerTrue)  // the true ones right, the false ones left blank
            REQUIRE(f.service().answer(attemptId, seq, exam::TrueFalseAnswer{true}).receipt);
    }
    REQUIRE(essaySeq > 0);
    REQUIRE(f.service().answer(attemptId, essaySeq, exam::EssayAnswer{"找出主要问题"}).receipt);
    const auto submitted = f.service().submit(attemptId);
    REQUIRE(submitted.submission);
    const exam::Centipoints before = *submitted.submission->attempt.earned;

    f.panel->showPage(PapersPanel::Marking);
    EssayMarkingPage& page = *f.panel->marking();
    REQUIRE(page.selectExam(examId));
    REQUIRE(page.queueSize() == 1);
    page.marker()->ChangeValue(wxS("李老师"));

    page.points()->ChangeValue(wxS("12"));
    CHECK_FALSE(page.saveMark());
    CHECK(page.status()->GetLabel() == wxS("分值须在 0 到本题分值之间，最多两位小数。"));

    page.points()->ChangeValue(wxS("7.5"));
    page.comment()->ChangeValue(wxS("要点对，不够完整"));
    REQUIRE(page.saveMark());
    CHECK(page.queueSize() == 0);
    const auto attempt = f.service().attempts().find(attemptId);
    CHECK(attempt->earned == before + 750);
    const auto mark = f.service().attempts().latestEssayMark(attemptId, essaySeq);
    REQUIRE(mark);
    CHECK(mark->mark == 750);
    CHECK(mark->marker == "李老师");
    CHECK(mark->comment == "要点对，不够完整");
}
