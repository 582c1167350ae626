#include "training/training_tour.h"

#include <chrono>
#include <fstream>
#include <variant>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "reports/reports_area.h"
#include "store/exam_repository.h"
#include "store/training_class_repository.h"
#include "training/class_dialog.h"
#include "training/class_list.h"
#include "training/classes_page.h"
#include "training/sheet_import_dialog.h"
#include "training/sign_in_desk.h"

namespace tqm::gui {

namespace {

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

// A three-day class that began yesterday, teaching the first two courses, with twelve of the
// plant's people on its roster and yesterday's attendance taken: the class whose sign-in desk is
// open today (the demo plant's own class, 2026-Q4-01, has ended).
std::int64_t makeDemoClass(LearnerWorkspace& workspace) {
    store::Database& database = *workspace.database();
    const Date today = dateAt(workspace.clock().now());
    training::TrainingClass c;
    c.code = "2026-Q4-02";
    c.name = "班组长质量管理培训班";
    c.startDate = today - std::chrono::days(1);
    c.endDate = today + std::chrono::days(1);
    c.place = "二号培训室";
    c.teachers = {"王工", "李老师"};
    int taught = 0;
    for (const course::Course& course : workspace.courses()) {
        if (taught == 2) break;
        c.plan.push_back({course.id, "", course.titleZh.empty() ? course.titleEn : course.titleZh,
                          taught == 0 ? std::optional(c.startDate) : std::nullopt,
                          taught == 0 ? 400 : 350});
        ++taught;
    }
    c.summary = "学员对控制图和排列图的掌握较好，建议下一期增加现场案例练习。";
    store::TrainingClassRepository classes(database);
    const auto written = classes.create(c);
    if (!std::holds_alternative<std::int64_t>(written)) return 0;
    const std::int64_t classId = std::get<std::int64_t>(written);
    const std::vector<store::Person> people = workspace.people();
    for (std::size_t i = 0; i < people.size() && i < 12; ++i) {
        classes.addMember(classId, people[i].id);
        const auto mark = i == 3   ? training::Attendance::Late
                          : i == 7 ? training::Attendance::Leave
                                   : training::Attendance::Present;
        classes.mark(classId, {people[i].id, c.startDate, mark});
    }
    const auto exams = store::ExamRepository(database).listExams();
    if (!exams.empty()) classes.addExam(classId, exams.front().id);
    // A second, finished class so that the list has more than one row.
    training::TrainingClass earlier = c;
    earlier.code = "2026-Q3-02";
    earlier.name = "QC小组活动骨干培训";
    earlier.startDate = today - std::chrono::days(60);
    earlier.endDate = today - std::chrono::days(59);
    earlier.place = "一号培训室";
    earlier.teachers = {"赵工"};
    for (training::PlanItem& item : earlier.plan) item.day.reset();
    if (const auto second = classes.create(earlier); std::holds_alternative<std::int64_t>(second))
        for (std::size_t i = 12; i < people.size() && i < 20; ++i)
            classes.addMember(std::get<std::int64_t>(second), people[i].id);
    return classId;
}

}  // namespace

void tourTrainingClasses(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    LearnerWorkspace& workspace = frame.workspace();
    if (!workspace.database() || workspace.people().size() < 12) return;
    const std::int64_t classId = makeDemoClass(workspace);
    if (classId == 0) {
        camera.fail(_("The tour could not create its training class."));
        return;
    }
    // The page as the organizer finds it: the 培训班 tab of the 报表 area in the main window.
    frame.showScreen(Screen::Reports);
    ReportsArea& area = *frame.reports();
    area.tabs()->SetSelection(1);
    ClassesPage* page = area.classes();
    page->refresh();
    page->list()->selectClass(classId);
    settle();
    camera.shoot("training-classes");

    {
        ClassDialog dialog(&frame, workspace, page->list()->selectedFile()->trainingClass);
        dialog.Show();
        settle();
        camera.shootWithDialog(dialog, "training-class-dialog");
        dialog.Hide();
    }

    page->tabs()->SetSelection(ClassesPage::SignInTab);
    SignInDesk& desk = *page->desk();
    const std::vector<store::Person> people = workspace.people();
    for (const std::size_t i : {0, 1, 2, 4, 5}) {
        desk.numberField()->ChangeValue(wxString::FromUTF8(people[i].employeeNo));
        desk.signInTyped();
    }
    desk.numberField()->ChangeValue("D9999");
    desk.signInTyped();
    settle();
    camera.shoot("training-attendance");

    const std::filesystem::path sheet =
        std::filesystem::temp_directory_path() / "tqm-tour-签到表.csv";
    {
        const std::string day = formatDate(dateAt(workspace.clock().now()));
        std::ofstream out(sheet, std::ios::binary);
        out << "工号,姓名," << day << "\n"
            << people[6].employeeNo << "," << people[6].name << ",出勤\n"
            << people[8].employeeNo << "," << people[8].name << ",迟到\n"
            << "D9999,无名,出勤\n"
            << people[9].employeeNo << ",,"
            << "到场\n";
    }
    {
        SheetImportDialog dialog(&frame, workspace, classId);
        dialog.Show();
        dialog.start(sheet);
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (dialog.importing() && std::chrono::steady_clock::now() < until) settle();
        settle();
        camera.shootWithDialog(dialog, "training-import-result");
        dialog.Hide();
    }
    std::error_code ignored;
    std::filesystem::remove(sheet, ignored);
    page->tabs()->SetSelection(ClassesPage::OverviewTab);
    settle();
}

}  // namespace tqm::gui
