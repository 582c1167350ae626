// 报表: the report builder previews the report the export will write and writes it on a worker
// thread with a progress bar, audited; and the area stays shut while the organizer lock is on.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <wx/app.h>

#include "learner_fixture.h"
#include "organizer/password_dialog.h"
#include "reports/report_documents.h"
#include "reports/report_table_list.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// 2026-11-24 08:00 in China.
constexpr std::int64_t kToday = 1795478400000;

Date day(const char* text) {
    return *parseDate(text);
}

class ReportsFixture : public LearnerFixture {
  public:
    ReportsFixture() : LearnerFixture("reports") {
        MainFrameOptions options;
        options.bankFolder = testData("gui/basic");
        options.databaseFile = databaseFile();
        options.clock = &clock;
        frame = openFrame(std::move(options));
        store::Database& db = *frame->workspace().database();
        store::PeopleRepository people(db);
        people.upsert({"A001", "张伟", "一车间", "装配班", {}});
        people.upsert({"B001", "王芳", "二车间", "焊接班", {}});
        training::TrainingClass c;
        c.code = "2026-Q4-01";
        c.name = "班组长质量管理培训班";
        c.startDate = day("2026-11-02");
        c.endDate = day("2026-11-04");
        c.place = "二号培训室";
        c.teachers = {"王工"};
        c.plan = {{"tqm-basics", "", "全面质量管理基础", day("2026-11-02"), 400},
                  {"qc-tools", "", "QC七大手法", std::nullopt, 300}};
        store::TrainingClassRepository classes(db);
        classId = std::get<std::int64_t>(classes.create(c));
        const auto a1 = people.findByEmployeeNo("A001")->id;
        const auto b1 = people.findByEmployeeNo("B001")->id;
        for (const auto id : {a1, b1}) classes.addMember(classId, id);
        for (const char* on : {"2026-11-02", "2026-11-03", "2026-11-04"})
            classes.mark(classId, {a1, day(on), training::Attendance::Present});
        classes.mark(classId, {b1, day("2026-11-02"), training::Attendance::Late});
        frame->showScreen(Screen::Reports);
        builder = frame->reports()->builder();
        builder->form()->organizationField()->SetValue(wxString::FromUTF8("某机械厂"));
    }

    void previewAndWait() {
        builder->preview();
        REQUIRE(pumpUntil([&] { return !builder->working(); }, std::chrono::seconds(20)));
    }

    std::int64_t auditRows(const std::string& action) {
        SQLite::Database database(databaseFile().string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(database, "SELECT count(*) FROM audit_log WHERE action = ?1");
        query.bind(1, action);
        query.executeStep();
        return query.getColumn(0).getInt64();
    }

    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame;
    ReportBuilder* builder = nullptr;
    std::int64_t classId = 0;
};

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string cellText(ReportPreview& preview, int tab, long row, long column) {
    auto* list = dynamic_cast<ReportTableList*>(preview.tabs()->GetPage(tab));
    REQUIRE(list);
    return list->GetItemText(row, column).utf8_string();
}

}  // namespace

TEST_CASE("previewing the class file shows its header lines and the attendance from the database") {
    ReportsFixture f;
    f.builder->form()->setKind(ReportKind::Class);
    REQUIRE(f.builder->form()->classChoice()->GetCount() == 1);
    CHECK(f.builder->form()->classChoice()->GetString(0).utf8_string() ==
          "2026-Q4-01  班组长质量管理培训班");
    f.previewAndWait();
    ReportPreview& preview = *f.builder->previewPanel();
    REQUIRE(preview.document());
    CHECK(preview.titleText().utf8_string() == "一期一档：班组长质量管理培训班");
    const auto expected = reports::classFileDocument(
        *reports::loadClassFile(*f.frame->workspace().database(), f.classId), "某机械厂",
        day("2026-11-24"));
    std::string header;
    for (const std::string& line : expected.headerLines)
        header += (header.empty() ? "" : "\n") + line;
    CHECK(preview.headerText().utf8_string() == header);
    CHECK(preview.headerText().utf8_string().rfind("单位：某机械厂\n报表日期：2026-11-24", 0) == 0);
    CHECK(preview.tabs()->GetPageCount() == expected.tables.size());
    // The attendance table: 工号, 姓名, 单位, the three days, days present, hours.
    const int attendance = 0;
    CHECK(cellText(preview, attendance, 0, 0) == "A001");
    CHECK(cellText(preview, attendance, 0, 1) == "张伟");
    CHECK(cellText(preview, attendance, 0, 3) == "出勤");
    CHECK(cellText(preview, attendance, 1, 3) == "迟到");
    CHECK(f.builder->defaultFileName(report::ReportFormat::Pdf).utf8_string() ==
          "一期一档-2026-Q4-01-2026-11-24.pdf");
}

TEST_CASE("exporting the class file as CSV writes a file per table, audited, and names both") {
    ReportsFixture f;
    f.builder->form()->setKind(ReportKind::Class);
    f.previewAndWait();
    const auto file = f.folder() / "class.csv";
    f.builder->exportTo(file, report::ReportFormat::Csv);
    REQUIRE(pumpUntil([&] { return !f.builder->working(); }, std::chrono::seconds(20)));
    pumpEvents();
    const std::string bytes = fileBytes(file);
    CHECK(bytes.rfind("\xEF\xBB\xBF工号,姓名,单位,", 0) == 0);
    CHECK(bytes.find("\r\nA001,张伟,一车间,出勤,出勤,出勤,3,") != std::string::npos);
    CHECK(f.builder->exportBar()->gauge()->GetValue() ==
          f.builder->exportBar()->gauge()->GetRange());
    CHECK_FALSE(f.builder->exportBar()->gauge()->IsShown());
    // The class file's second table (课程安排) went to a file of its own beside the main one.
    CHECK(f.builder->exportBar()->statusText().utf8_string() ==
          "已保存 2 个文件：class.csv、class-课程安排.csv");
    CHECK(std::filesystem::is_regular_file(f.folder() / "class-课程安排.csv"));
    CHECK(f.auditRows("export-report") == 1);
    SQLite::Database database(f.databaseFile().string(), SQLite::OPEN_READONLY);
    CHECK(database.execAndGet("SELECT detail FROM audit_log WHERE action = 'export-report'")
              .getString() ==
          "by organizer: class 2026-Q4-01 as csv: class.csv, class-课程安排.csv");
}

TEST_CASE("the personal file is found by name and exported as XLSX and PDF") {
    ReportsFixture f;
    f.builder->form()->personField()->ChangeValue(wxString::FromUTF8("王芳"));
    f.previewAndWait();
    ReportPreview& preview = *f.builder->previewPanel();
    REQUIRE(preview.document());
    CHECK(preview.titleText().utf8_string() == "一人一档：王芳");
    CHECK(preview.headerText().utf8_string().find("B001") != std::string::npos);
    CHECK(f.builder->defaultFileName(report::ReportFormat::Xlsx).utf8_string() ==
          "一人一档-B001-2026-11-24.xlsx");

    const auto xlsx = f.folder() / "person.xlsx";
    f.builder->exportTo(xlsx, report::ReportFormat::Xlsx);
    REQUIRE(pumpUntil([&] { return !f.builder->working(); }, std::chrono::seconds(20)));
    CHECK(fileBytes(xlsx).rfind("PK\x03\x04", 0) == 0);

    const auto pdf = f.folder() / "person.pdf";
    f.builder->exportTo(pdf, report::ReportFormat::Pdf);
    REQUIRE(pumpUntil([&] { return !f.builder->working(); }, std::chrono::seconds(20)));
    CHECK(fileBytes(pdf).rfind("%PDF-", 0) == 0);
    CHECK(f.builder->exportBar()->statusText().utf8_string() == "已保存 person.pdf");
    CHECK(f.auditRows("export-report") == 2);
}

TEST_CASE("a person no one has, and a range with no hours, are said in plain words") {
    ReportsFixture f;
    f.builder->form()->personField()->ChangeValue("Z999");
    f.previewAndWait();
    CHECK_FALSE(f.builder->previewPanel()->document());
    INFO(f.builder->previewPanel()->messageText().utf8_string());
    CHECK(f.builder->previewPanel()->messageText().utf8_string().rfind("花名册中没有", 0) == 0);
    CHECK_FALSE(f.builder->exportBar()->exportButton(report::ReportFormat::Pdf)->IsEnabled());

    f.builder->form()->setKind(ReportKind::Hours);
    f.builder->form()->hoursFrom()->setValue(day("2025-01-01"));
    f.builder->form()->hoursTo()->setValue(day("2025-12-31"));
    f.previewAndWait();
    CHECK(f.builder->previewPanel()->messageText().utf8_string().rfind("这段时间内没有人", 0) == 0);
}

TEST_CASE("the reports area is locked with the other organizer screens") {
    ReportsFixture f;
    REQUIRE(f.frame->currentScreen() == Screen::Reports);
    f.frame->organizerLock().lock();
    CHECK(f.frame->currentScreen() == Screen::Home);
    CHECK(f.frame->rail()->isLocked(static_cast<int>(Screen::Reports)));
    wxTheApp->CallAfter([&f] {
        if (OrganizerPasswordDialog* dialog = f.frame->organizerLock().openDialog())
            dialog->EndModal(wxID_CANCEL);
    });
    f.frame->showScreen(Screen::Reports);
    CHECK(f.frame->currentScreen() == Screen::Home);
}

TEST_CASE("at the window's smallest height every rail entry can be reached") {
    ReportsFixture f;
    f.frame->SetSize(f.frame->FromDIP(wxSize(800, 520)));
    pumpEvents();
    NavRail& rail = *f.frame->rail();
    const int last = rail.entryCount() - 1;
    CHECK(rail.entryRect(last).GetBottom() < rail.GetClientSize().y);
    CHECK(rail.entryRect(0).height >= rail.FromDIP(44));
}
