// 培训班: a class written through the dialog, a refused field, signing in by 工号 and Enter, the
// sample sign-in sheet imported, and a mark corrected in the attendance table — each checked in
// the database through the core.
#include <catch2/catch.hpp>

#include <array>
#include <variant>

#include <wx/frame.h>

#include "learner_fixture.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "training/attendance_grid.h"
#include "training/class_dialog.h"
#include "training/class_list.h"
#include "training/classes_page.h"
#include "training/plan_editor.h"
#include "training/sheet_import_dialog.h"
#include "training/sign_in_desk.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;
using training::Attendance;
using training::AttendanceMark;

namespace {

wxString u8(const char* text) {
    return wxString::FromUTF8(text);
}

Date day(const char* text) {
    return *parseDate(text);
}

// The roster of tests/data/cli/training and the class the command-line tests use, with nobody
// on its roster yet.
struct ClassSetUp {
    LearnerFixture fixture{"training"};
    FramePtr frame = fixture.open();
    LearnerWorkspace& workspace = frame->workspace();
    store::TrainingClassRepository classes{*workspace.database()};
    std::int64_t classId = 0;

    ClassSetUp() {
        store::PeopleRepository people(*workspace.database());
        people.upsert({"A001", "张伟", "一车间", "装配班", {}});
        people.upsert({"A002", "李娜", "一车间", "检验班", {}});
        people.upsert({"B001", "王芳", "二车间", "焊接班", {}});
        training::TrainingClass c;
        c.code = "2026-Q4-01";
        c.name = "班组长质量管理培训班";
        c.startDate = day("2026-11-02");
        c.endDate = day("2026-11-04");
        c.place = "二号培训室";
        classId = std::get<std::int64_t>(classes.create(c));
    }
    std::int64_t personId(const char* employeeNo) {
        return store::PeopleRepository(*workspace.database()).findByEmployeeNo(employeeNo)->id;
    }
};

// The page in a window of its own, as the 报表 area will hold it.
struct PageHost {
    wxFrame* window;
    ClassesPage* page;
    explicit PageHost(LearnerWorkspace& workspace)
        : window(new wxFrame(nullptr, wxID_ANY, "training", wxDefaultPosition, wxSize(1200, 760))),
          page(new ClassesPage(window, workspace)) {
        window->Show();
        pumpEvents();
    }
    ~PageHost() {
        window->Destroy();
        pumpEvents();
    }
};

void pressEnter(wxTextCtrl& field, const char* text) {
    field.ChangeValue(wxString::FromUTF8(text));
    wxCommandEvent enter(wxEVT_TEXT_ENTER, field.GetId());
    enter.SetEventObject(&field);
    field.GetEventHandler()->ProcessEvent(enter);
}

}  // namespace

TEST_CASE("a class created through the dialog is written exactly as entered") {
    ClassSetUp s;
    const course::Course& first = s.workspace.courses().at(0);
    ClassDialog dialog(s.frame.get(), s.workspace, training::TrainingClass{});
    dialog.codeField()->ChangeValue("2026-Q4-02");
    dialog.nameField()->ChangeValue(u8("质量检验员培训班"));
    dialog.startField()->setValue(day("2026-12-01"));
    dialog.endField()->setValue(day("2026-12-02"));
    dialog.placeField()->ChangeValue(u8("三号培训室"));
    dialog.teachersList()->SetStrings(
        wxArrayString(2, std::array{u8("王工"), u8("李老师")}.data()));
    PlanEditor& plan = *dialog.planEditor();
    plan.courseChoice()->SetSelection(0);
    plan.hoursField()->ChangeValue("1.5");
    plan.dayField()->setValue(day("2026-12-02"));
    REQUIRE(plan.addFromFields());
    REQUIRE(dialog.save());

    const auto written = s.classes.findByCode("2026-Q4-02");
    REQUIRE(written);
    CHECK(written->id == dialog.savedId());
    CHECK(written->name == "质量检验员培训班");
    CHECK(written->startDate == day("2026-12-01"));
    CHECK(written->endDate == day("2026-12-02"));
    CHECK(written->place == "三号培训室");
    CHECK(written->teachers == std::vector<std::string>{"王工", "李老师"});
    REQUIRE(written->plan.size() == 1);
    CHECK(written->plan[0].courseId == first.id);
    CHECK(written->plan[0].lessonId.empty());
    CHECK(written->plan[0].title == first.titleZh);
    CHECK(written->plan[0].day == day("2026-12-02"));
    CHECK(written->plan[0].hoursHundredths == 150);
}

TEST_CASE("a taken code or reversed dates are shown beside the field and nothing is written") {
    ClassSetUp s;
    ClassDialog dialog(s.frame.get(), s.workspace, training::TrainingClass{});
    dialog.codeField()->ChangeValue("2026-Q4-01");
    dialog.nameField()->ChangeValue(u8("另一个班"));
    dialog.startField()->setValue(day("2026-12-01"));
    dialog.endField()->setValue(day("2026-12-02"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.codeProblem()->GetLabel() == u8("期次 2026-Q4-01 已被其他培训班使用，请换一个。"));

    dialog.codeField()->ChangeValue("2026-Q4-03");
    dialog.endField()->setValue(day("2026-11-30"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.codeProblem()->GetLabel().empty());
    CHECK(dialog.datesProblem()->GetLabel() == u8("结束日期早于开始日期，请改正结束日期。"));
    CHECK(s.classes.list().size() == 1);
}

TEST_CASE("signing in by 工号 and Enter records the mark once and names an unknown 工号") {
    ClassSetUp s;
    s.classes.addMember(s.classId, s.personId("A001"));
    s.classes.addMember(s.classId, s.personId("B001"));
    PageHost host(s.workspace);
    SignInDesk& desk = *host.page->desk();
    // The class is not running today, so the desk starts on its first day.
    CHECK(desk.dayField()->value() == day("2026-11-02"));
    desk.statusChoice()->SetSelection(1);  // 迟到

    pressEnter(*desk.numberField(), "A001");
    CHECK(desk.numberField()->GetValue().empty());
    CHECK(desk.resultText() == u8("A001 张伟：迟到"));
    CHECK_FALSE(desk.resultIsRefusal());
    const std::vector<AttendanceMark> once{
        {s.personId("A001"), day("2026-11-02"), Attendance::Late}};
    CHECK(s.classes.attendance(s.classId) == once);
    CHECK(desk.countsText() == u8("出勤 0 · 迟到 1 · 缺勤 0 · 请假 0 · 未签到 1"));

    pressEnter(*desk.numberField(), "A001");
    CHECK(desk.resultText() == u8("A001 张伟：已签到（迟到），无需重复"));
    CHECK(s.classes.attendance(s.classId) == once);

    pressEnter(*desk.numberField(), "Z999");
    CHECK(desk.resultIsRefusal());
    CHECK(desk.resultText() ==
          u8("没有工号为 Z999 的人员。请核对工号，或先在“管理 → 人员”中添加。"));
    pressEnter(*desk.numberField(), "A002");
    CHECK(desk.resultText() == u8("A002 不在本班名单上，请先在“名单”页添加。"));
    CHECK(s.classes.attendance(s.classId) == once);
}

TEST_CASE("the sample sign-in sheet imports with its counts and the unknown 工号 named") {
    ClassSetUp s;
    SheetImportDialog dialog(s.frame.get(), s.workspace, s.classId);
    dialog.start(testData("cli/training/sheet.csv"));
    REQUIRE(pumpUntil([&] { return !dialog.importing(); }, std::chrono::seconds(10)));
    CHECK(dialog.countsText() == u8("加入名单 3 人 · 已在名单 0 人 · 写入考勤 7 条 · 未导入 1 行"));
    CHECK(dialog.problemsText() ==
          u8("sheet.csv:5:1: 没有工号为 C404 的人员，该行未导入。请先导入人员名单。\n"));
    CHECK(s.classes.members(s.classId).size() == 3);
    CHECK(s.classes.attendance(s.classId).size() == 7);
}

TEST_CASE("correcting a mark in the attendance table rewrites that row in the database") {
    ClassSetUp s;
    const auto a = s.personId("A001");
    s.classes.addMember(s.classId, a);
    s.classes.mark(s.classId, {a, day("2026-11-03"), Attendance::Absent});
    PageHost host(s.workspace);
    AttendanceGrid& grid = *host.page->grid();
    CHECK(grid.grid()->GetCellValue(0, 3) == u8("缺勤"));
    grid.correct(0, 1, Attendance::Leave);
    CHECK(s.classes.attendance(s.classId) ==
          std::vector<AttendanceMark>{{a, day("2026-11-03"), Attendance::Leave}});
    CHECK(host.page->grid()->grid()->GetCellValue(0, 3) == u8("请假"));
    host.page->grid()->correct(0, 1, std::nullopt);
    CHECK(s.classes.attendance(s.classId).empty());
}
