// Training reports as files, read back as a user's programs read them: the PDF's text with
// pdftotext, the workbook's sheets and cells, the CSV with its BOM; and the audit entry.
#include <catch2/catch.hpp>

#include "../training/training_fixture.h"
#include "command_output.h"
#include "report/report_file.h"
#include "reports/class_file.h"
#include "reports/enterprise_summary.h"
#include "reports/hours_ledger.h"
#include "reports/report_documents.h"
#include "xlsx_contents.h"

using tqm::report::ReportFormat;
using tqm::reporttest::runCommand;
using tqm::training::Attendance;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

struct ReportFixture : TrainingFixture {
    tqm::storetest::TempFolder folder;

    ReportFixture() {
        const auto a1 = idOf("A001");
        const auto b1 = idOf("B001");
        for (const auto id : {a1, b1}) classes.addMember(classId, id);
        for (const char* on : {"2026-11-02", "2026-11-03", "2026-11-04"})
            classes.mark(classId, {a1, day(on), Attendance::Present});
        classes.mark(classId, {b1, day("2026-11-02"), Attendance::Late});
        classes.mark(classId, {b1, day("2026-11-03"), Attendance::Leave});
    }

    tqm::reports::ReportDocument classDocument() {
        return tqm::reports::classFileDocument(*tqm::reports::loadClassFile(db, classId),
                                               "某机械厂", day("2026-11-24"));
    }
};

}  // namespace

TEST_CASE("the class file as PDF holds the names, marks, hours and dates on one A4 page") {
    ReportFixture f;
    const auto file = f.folder / "class.pdf";
    REQUIRE_FALSE(tqm::report::writeReport(file, f.classDocument(), ReportFormat::Pdf));
    const auto info = runCommand("pdfinfo '" + file.string() + "'");
    CHECK(info.out.find("Pages:           1") != std::string::npos);
    CHECK(info.out.find("(A4)") != std::string::npos);
    const auto text = runCommand("pdftotext -layout '" + file.string() + "' -").out;
    for (const char* expected :
         {"一期一档：班组长质量管理培训班", "单位：某机械厂", "报表日期：2026-11-24",
          "2026-11-02 至 2026-11-04", "教师：王工、李老师", "出勤率：66.7%", "第 1 页，共 1 页"})
        CHECK(text.find(expected) != std::string::npos);
    // A001 present three days: 4 + 2 + 3 h; B001 late once: 4 h + 3 h × 1/3.
    CHECK(runCommand("pdftotext -layout '" + file.string() + "' - | grep A001 | tr -s ' '").out ==
          "A001 张伟 一车间 出勤 出勤 出勤 3 9\n");
    CHECK(runCommand("pdftotext -layout '" + file.string() + "' - | grep B001 | tr -s ' '").out ==
          "B001 王芳 二车间 迟到 请假 1 5\n");
}

TEST_CASE(
    "the hours ledger as XLSX has one sheet per table, numbers as numbers and a frozen header") {
    ReportFixture f;
    const auto ledger = tqm::reports::loadLedger(f.db, day("2026-10-01"), day("2026-12-31"),
                                                 tqm::reports::Period::Quarter);
    const auto file = f.folder / "hours.xlsx";
    REQUIRE_FALSE(tqm::report::writeReport(
        file, tqm::reports::ledgerDocument(ledger, "", day("2026-11-24")), ReportFormat::Xlsx));
    const tqm::reporttest::XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() ==
          std::vector<std::string>{"报表信息", "学时台账", "按课程", "单位合计"});
    const auto people = xlsx.cells(2);
    CHECK(people.at("D1").text == "2026-Q4");
    CHECK(people.at("A2").text == "A001");
    CHECK(people.at("D2").text == "9");
    CHECK_FALSE(people.at("D2").isText);
    CHECK(people.at("E3").text == "5");
    CHECK(xlsx.entry("xl/worksheets/sheet2.xml").find("state=\"frozen\"") != std::string::npos);
    const auto units = xlsx.cells(4);
    CHECK(units.at("A2").text == "一车间");
    CHECK(units.at("C3").text == "5");
}

TEST_CASE("the plan sheet writes its days as dates") {
    ReportFixture f;
    const auto file = f.folder / "class.xlsx";
    REQUIRE_FALSE(tqm::report::writeReport(file, f.classDocument(), ReportFormat::Xlsx));
    const auto plan = tqm::reporttest::XlsxContents(file).cells(3);
    CHECK(plan.at("D2").text == "46328");  // 2026-11-02 as Excel counts days
    CHECK(plan.at("D2").numberFormat == "yyyy-mm-dd");
    CHECK(plan.at("D4").text == "全程");
}

TEST_CASE(
    "the CSV export is the main table in UTF-8 with a BOM, and the audit entry names every file") {
    ReportFixture f;
    const auto file = f.folder / "class.csv";
    const auto result = tqm::report::exportReport(
        f.db, f.classDocument(), {file, ReportFormat::Csv, "质量部张三", "class 2026-Q4-01"});
    REQUIRE_FALSE(result.error);
    CHECK(tqm::storetest::bytesOf(file) ==
          "\xEF\xBB\xBF工号,姓名,单位,11-02,11-03,11-04,出勤天数,学时\r\n"
          "A001,张伟,一车间,出勤,出勤,出勤,3,9\r\n"
          "B001,王芳,二车间,迟到,请假,,1,5\r\n");
    REQUIRE(result.audit);
    CHECK(result.audit->action == "export-report");
    CHECK(result.audit->subject == file.string());
    CHECK(result.audit->detail ==
          "by 质量部张三: class 2026-Q4-01 as csv: class.csv, class-课程安排.csv");
    CHECK(std::filesystem::exists(f.folder / "class-课程安排.csv"));
    CHECK(f.count("audit_log") == 1);
}

TEST_CASE("a report that cannot be written leaves no audit entry") {
    ReportFixture f;
    const auto result = tqm::report::exportReport(
        f.db, f.classDocument(),
        {f.folder / "missing" / "class.csv", ReportFormat::Csv, "x", "class 2026-Q4-01"});
    CHECK(result.error);
    CHECK_FALSE(result.audit);
    CHECK(f.count("audit_log") == 0);
}

TEST_CASE("the summary PDF draws its bar chart as vectors, with each value printed by its bar") {
    ReportFixture f;
    const std::vector<tqm::cert::RequirementStatusRow> none;
    const std::map<std::int64_t, tqm::reports::Participation> took{{f.idOf("A001"), {8800, true}},
                                                                   {f.idOf("B001"), {5200, false}}};
    const auto summary =
        tqm::reports::buildSummary(f.people.list(), took, none, "2026 年", day("2026-11-24"));
    const auto file = f.folder / "summary.pdf";
    REQUIRE_FALSE(tqm::report::writeReport(
        file, tqm::reports::summaryDocument(summary, "", day("2026-11-24")), ReportFormat::Pdf));
    const auto text = runCommand("pdftotext -layout '" + file.string() + "' - | tr -s ' '").out;
    CHECK(text.find("各单位参与率、平均得分率与合格率") != std::string::npos);
    CHECK(text.find("参与率 平均得分率 合格率") != std::string::npos);
    CHECK(text.find("一车间 2 1 50% 88% 1 100% 0 0 0") != std::string::npos);
    // No raster image: the bars are paths.
    CHECK(runCommand("pdfimages -list '" + file.string() + "' | wc -l").out == "2\n");
}
