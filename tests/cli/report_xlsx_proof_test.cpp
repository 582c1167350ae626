// The four training reports as XLSX, read back with openpyxl (tests/cli/xlsx_dump.py) as a user's
// spreadsheet program reads them: sheet names, frozen header rows, column widths, numbers as
// numbers, dates as dates, cell for cell; and the summary's chart as a native Excel chart whose
// series refer to the table's cells.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report_proof_fixture.h"

using nlohmann::json;
using tqm::clitest::kClassReport;
using tqm::clitest::kHoursReport;
using tqm::clitest::kPersonReport;
using tqm::clitest::kSummaryReport;
using tqm::clitest::shellOutput;
using tqm::clitest::TrainingBase;

namespace {

// The interpreter that has openpyxl (Debian's python3-openpyxl), or empty.
std::string pythonWithOpenpyxl() {
    for (const char* python : {"/usr/bin/python3", "python3"})
        if (shellOutput(std::string(python) + " -c 'import openpyxl; print(1)' 2>/dev/null") ==
            "1\n")
            return python;
    return {};
}

// The workbook's sheets by name, or null when openpyxl is missing.
json workbookOf(const std::string& xlsx) {
    const std::string python = pythonWithOpenpyxl();
    if (python.empty()) return nullptr;
    const json sheets = json::parse(
        shellOutput(python + " '" TQM_SOURCE_DIR "/tests/cli/xlsx_dump.py' '" + xlsx + "'"));
    json byName = json::object();
    json names = json::array();
    for (const json& sheet : sheets) {
        byName[sheet["name"].get<std::string>()] = sheet;
        names.push_back(sheet["name"]);
    }
    byName["#order"] = names;
    return byName;
}

json text(const char* value) {
    return json::array({"s", value});
}
json number(double value) {
    return json::array({"n", value});
}
json date(const std::string& value) {
    return json::array({"d", value});
}
const json kEmpty = json::array({"", ""});

json row(std::vector<json> cells) {
    return json(std::move(cells));
}
// Rows of cells; spelled out so that nlohmann::json does not read a pair of cells as an object.
json rows(std::initializer_list<std::vector<json>> lines) {
    json all = json::array();
    for (const std::vector<json>& line : lines) all.push_back(row(line));
    return all;
}

// A table sheet: header frozen, every column's width set.
void checkTableSheet(const json& sheet) {
    INFO(sheet["name"]);
    CHECK(sheet["freeze"] == "A2");
    CHECK(sheet["widthsSet"] == true);
}

#define SKIP_WITHOUT_OPENPYXL(workbook)                                          \
    if ((workbook).is_null()) {                                                  \
        WARN(                                                                    \
            "python3-openpyxl is not installed: the XLSX read-back is skipped; " \
            "install it with tools/dev/install-deps.sh");                        \
        return;                                                                  \
    }

}  // namespace

TEST_CASE("the 一人一档 workbook holds the person's tables with numbers and dates as such") {
    const TrainingBase base;
    const json book = workbookOf(base.exportReport(kPersonReport, "一人一档", "xlsx"));
    SKIP_WITHOUT_OPENPYXL(book);
    CHECK(book["#order"] == json({"报表信息", "培训班", "课程学时", "考试竞赛", "证书"}));
    CHECK(book["报表信息"]["rows"][0][0] == text("一人一档：张伟"));
    CHECK(book["报表信息"]["rows"][1][0] == text("单位：某机械厂"));
    CHECK(book["报表信息"]["rows"][2][0] == text("报表日期：2026-11-24"));
    for (const char* name : {"培训班", "课程学时", "考试竞赛", "证书"}) checkTableSheet(book[name]);
    CHECK(book["培训班"]["rows"] ==
          rows({{text("期次"), text("名称"), text("开始"), text("结束"), text("出勤天数"),
                 text("学时")},
                {text("2026-Q4-01"), text("班组长质量管理培训班"), date("2026-11-02"),
                 date("2026-11-04"), text("3/3"), number(9.5)}}));
    CHECK(book["课程学时"]["rows"] ==
          rows({{text("课程"), text("学时"), text("完成日期"), text("来源")},
                {text("qc-tools"), number(3), date("2026-11-04"), text("培训班")},
                {text("spc"), number(2.5), date("2026-11-04"), text("培训班")},
                {text("全面质量管理基础"), number(4), date("2026-11-02"), text("培训班")}}));
    CHECK(book["考试竞赛"]["rows"][1] ==
          row({text("考试"), text("质量知识考试"), date(tqm::clitest::todayText()), number(1),
               number(12), number(14), text("合格")}));
    CHECK(book["证书"]["rows"] == rows({{text("证书编号"), text("证书类型"), text("发证日期"),
                                         text("有效期至"), text("状态")}}));
}

TEST_CASE("the 一期一档 workbook holds attendance, the plan and each exam's scores") {
    const TrainingBase base;
    const json book = workbookOf(base.exportReport(kClassReport, "一期一档", "xlsx"));
    SKIP_WITHOUT_OPENPYXL(book);
    CHECK(book["#order"] == json({"报表信息", "签到表", "课程安排", "考试1"}));
    for (const char* name : {"签到表", "课程安排", "考试1"}) checkTableSheet(book[name]);
    CHECK(book["签到表"]["rows"] ==
          rows({{text("工号"), text("姓名"), text("单位"), text("11-02"), text("11-03"),
                 text("11-04"), text("出勤天数"), text("学时")},
                {text("A001"), text("张伟"), text("一车间"), text("出勤"), text("出勤"),
                 text("迟到"), number(3), number(9.5)},
                {text("A002"), text("李娜"), text("一车间"), text("请假"), text("出勤"),
                 text("出勤"), number(2), number(4.5)},
                {text("B001"), text("王芳"), text("二车间"), text("出勤"), kEmpty, kEmpty,
                 number(1), number(5)}}));
    CHECK(book["课程安排"]["rows"] ==
          rows({{text("课程"), text("课次"), text("名称"), text("日期"), text("学时")},
                {text("tqm-basics"), kEmpty, text("全面质量管理基础"), date("2026-11-02"), number(4)},
                {text("spc"), text("control-charts"), kEmpty, date("2026-11-04"), number(2.5)},
                {text("qc-tools"), kEmpty, kEmpty, text("全程"), number(3)}}));
    CHECK(book["考试1"]["rows"] ==
          rows({{text("工号"), text("姓名"), text("得分"), text("满分"), text("结果")},
                {text("A001"), text("张伟"), number(12), number(14), text("合格")},
                {text("A002"), text("李娜"), number(0), number(14), text("不合格")}}));
}

TEST_CASE("the 学时台账 workbook holds hours per month, per course and per unit as numbers") {
    const TrainingBase base;
    const json book = workbookOf(base.exportReport(kHoursReport, "学时台账", "xlsx"));
    SKIP_WITHOUT_OPENPYXL(book);
    CHECK(book["#order"] == json({"报表信息", "学时台账", "按课程", "单位合计"}));
    for (const char* name : {"学时台账", "按课程", "单位合计"}) checkTableSheet(book[name]);
    CHECK(book["学时台账"]["rows"] ==
          rows({{text("工号"), text("姓名"), text("单位"), text("2026-10"), text("2026-11"),
                 text("合计")},
                {text("A001"), text("张伟"), text("一车间"), number(0), number(9.5), number(9.5)},
                {text("A002"), text("李娜"), text("一车间"), number(0), number(4.5), number(4.5)},
                {text("B001"), text("王芳"), text("二车间"), number(0), number(5), number(5)}}));
    CHECK(book["按课程"]["rows"].size() == 8);
    CHECK(book["按课程"]["rows"][2] == row({text("A001"), text("张伟"), text("spc"), number(2.5)}));
    CHECK(book["单位合计"]["rows"] == rows({{text("单位"), text("人数"), text("学时")},
                                            {text("一车间"), number(2), number(14)},
                                            {text("二车间"), number(1), number(5)}}));
}

TEST_CASE("the summary workbook holds rates as numbers and a bar chart on the 按单位 cells") {
    const TrainingBase base;
    const std::string xlsx = base.exportReport(kSummaryReport, "汇总", "xlsx");
    // The chart's series refer to the cells of the 按单位 sheet: units in A, rates in D, E and G.
    const std::string chart = shellOutput("unzip -p '" + xlsx + "' xl/charts/chart1.xml");
    CHECK(chart.find("<c:barDir val=\"bar\"/>") != std::string::npos);
    std::vector<std::string> refs;
    for (std::size_t at = chart.find("<c:f>"); at != std::string::npos;
         at = chart.find("<c:f>", at + 1))
        refs.push_back(chart.substr(at + 5, chart.find("</c:f>", at) - at - 5));
    CHECK(refs == std::vector<std::string>{"'按单位'!$A$2:$A$3", "'按单位'!$D$2:$D$3",
                                           "'按单位'!$A$2:$A$3", "'按单位'!$E$2:$E$3",
                                           "'按单位'!$A$2:$A$3", "'按单位'!$G$2:$G$3"});
    for (const char* words :
         {"各单位参与率、平均得分率与合格率", "百分比（%）", "参与率", "平均得分率", "合格率"})
        CHECK(chart.find(words) != std::string::npos);

    const json book = workbookOf(xlsx);
    SKIP_WITHOUT_OPENPYXL(book);
    CHECK(book["#order"] == json({"报表信息", "按单位", "按部门", "图表"}));
    CHECK(book["图表"]["kind"] == "chart");
    for (const char* name : {"按单位", "按部门"}) checkTableSheet(book[name]);
    CHECK(
        book["按单位"]["rows"] ==
        rows({{text("单位"), text("人数"), text("参与人数"), text("参与率"), text("平均得分率"),
               text("合格人数"), text("合格率"), text("证书待办"), text("证书过期"), text("缺证")},
              {text("一车间"), number(2), number(2), number(100), number(42.9), number(1),
               number(50), number(0), number(0), number(0)},
              {text("二车间"), number(1), number(0), number(0), number(0), number(0), number(0),
               number(0), number(0), number(0)}}));
    CHECK(book["按部门"]["rows"][2] ==
          row({text("一车间 / 装配班"), number(1), number(1), number(100), number(85.7), number(1),
               number(100), number(0), number(0), number(0)}));
}
