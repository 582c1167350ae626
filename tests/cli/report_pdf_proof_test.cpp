// The four training reports as PDF, read back as a user's PDF reader reads them: pdftotext finds
// the Chinese names, figures and dates, pdffonts shows every font embedded, pdftoppm renders the
// first page.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "report_proof_fixture.h"

using tqm::clitest::kClassReport;
using tqm::clitest::kHoursReport;
using tqm::clitest::kPersonReport;
using tqm::clitest::kSummaryReport;
using tqm::clitest::readFile;
using tqm::clitest::shellOutput;
using tqm::clitest::TrainingBase;

namespace {

// The text of each page, runs of spaces squeezed to one.
std::vector<std::string> pagesOf(const std::string& pdf) {
    const std::string text = shellOutput("pdftotext -layout '" + pdf + "' - | tr -s ' '");
    std::vector<std::string> pages;
    std::string page;
    for (const char c : text) {
        if (c == '\f') {
            pages.push_back(page);
            page.clear();
        } else {
            page += c;
        }
    }
    return pages;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

void checkFontsEmbedded(const std::string& pdf) {
    std::istringstream fonts(shellOutput("pdffonts '" + pdf + "'"));
    std::string line;
    int listed = 0;
    const std::regex row(R"((.*\S)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+)");
    while (std::getline(fonts, line)) {
        std::smatch match;
        if (!std::regex_match(line, match, row)) continue;
        ++listed;
        INFO(line);
        CHECK(match[2] == "yes");
        CHECK(has(line, "NotoSansCJK"));
    }
    CHECK(listed >= 1);
}

void checkFirstPageRenders(const std::string& pdf) {
    const std::string png = pdf.substr(0, pdf.size() - 4) + "-page";
    shellOutput("pdftoppm -r 60 -png -f 1 -l 1 '" + pdf + "' '" + png + "'");
    CHECK(readFile(png + "-1.png").substr(0, 4) == "\x89PNG");
}

}  // namespace

TEST_CASE("the 一人一档 PDF shows the person's class, courses with hours and the exam result") {
    const TrainingBase base;
    const std::string pdf = base.exportReport(kPersonReport, "一人一档", "pdf");
    const auto pages = pagesOf(pdf);
    REQUIRE(pages.size() == 1);
    const std::string& text = pages[0];
    CHECK(has(text, "一人一档：张伟"));
    CHECK(has(text, "单位：某机械厂"));
    CHECK(has(text, "报表日期：2026-11-24"));
    CHECK(has(text, "工号：A001 姓名：张伟 身份证号：未登记"));
    CHECK(has(text, "累计学时：9.5"));
    CHECK(has(text, "2026-Q4-01 班组长质量管理培训班 2026-11-02 2026-11-04 3/3 9.5"));
    CHECK(has(text, "spc 2.5 2026-11-04 培训班"));
    CHECK(has(text, "全面质量管理基础 4 2026-11-02 培训班"));
    CHECK(has(text, "考试 质量知识考试 " + tqm::clitest::todayText() + " 1 12 14 合格"));
    CHECK(has(text, "第 1 页，共 1 页"));
    checkFontsEmbedded(pdf);
    checkFirstPageRenders(pdf);
}

TEST_CASE("the 一期一档 PDF shows attendance, hours, the exam's statistics and the summary") {
    const TrainingBase base;
    const std::string pdf = base.exportReport(kClassReport, "一期一档", "pdf");
    const auto pages = pagesOf(pdf);
    REQUIRE(pages.size() == 1);
    const std::string& text = pages[0];
    CHECK(has(text, "期次：2026-Q4-01 日期：2026-11-02 至 2026-11-04 地点：二号培训室"));
    CHECK(has(text, "教师：王工 计划学时：9.5 学员：3 人 出勤率：66.7%"));
    CHECK(has(text, "考试：质量知识考试 参考 2 人 平均分 6 合格率 50%"));
    CHECK(has(text, "0–60%：1 人，60–70%：0 人，70–80%：0 人，80–90%：1 人"));
    CHECK(has(text, "结业小结：三天培训全部完成。"));
    CHECK(has(text, "A001 张伟 一车间 出勤 出勤 迟到 3 9.5"));
    CHECK(has(text, "A002 李娜 一车间 请假 出勤 出勤 2 4.5"));
    CHECK(has(text, "B001 王芳 二车间 出勤 1 5"));
    CHECK(has(text, "spc control-charts 2026-11-04 2.5"));
    CHECK(has(text, "A001 张伟 12 14 合格"));
    CHECK(has(text, "A002 李娜 0 14 不合格"));
    CHECK(has(text, "第 1 页，共 1 页"));
    checkFontsEmbedded(pdf);
    checkFirstPageRenders(pdf);
}

TEST_CASE("the 学时台账 PDF shows hours per month, per course and per unit") {
    const TrainingBase base;
    const std::string pdf = base.exportReport(kHoursReport, "学时台账", "pdf");
    const auto pages = pagesOf(pdf);
    REQUIRE(pages.size() == 1);
    const std::string& text = pages[0];
    CHECK(has(text, "统计期间：2026-10-01 至 2026-11-30 人数：3 总学时：19"));
    CHECK(has(text, "工号 姓名 单位 2026-10 2026-11 合计"));
    CHECK(has(text, "A001 张伟 一车间 0 9.5 9.5"));
    CHECK(has(text, "A002 李娜 一车间 0 4.5 4.5"));
    CHECK(has(text, "A002 李娜 spc 2.5"));
    CHECK(has(text, "一车间 2 14"));
    CHECK(has(text, "二车间 1 5"));
    checkFontsEmbedded(pdf);
    checkFirstPageRenders(pdf);
}

TEST_CASE("the enterprise summary PDF shows rates per unit and department and their bar chart") {
    const TrainingBase base;
    const std::string pdf = base.exportReport(kSummaryReport, "汇总", "pdf");
    const auto pages = pagesOf(pdf);
    REQUIRE(pages.size() == 1);
    const std::string& text = pages[0];
    CHECK(has(text, "全员 3 人，参与 2 人，参与率 66.7%，平均得分率 42.9%，合格率 50%"));
    CHECK(has(text, "一车间 2 2 100% 42.9% 1 50% 0 0 0"));
    CHECK(has(text, "二车间 1 0 0% 0% 0 0% 0 0 0"));
    CHECK(has(text, "一车间 / 装配班 1 1 100% 85.7% 1 100% 0 0 0"));
    CHECK(has(text, "各单位参与率、平均得分率与合格率"));
    CHECK(has(text, "参与率 平均得分率 合格率"));  // the chart's legend
    CHECK(has(text, "第 1 页，共 1 页"));
    checkFontsEmbedded(pdf);
    checkFirstPageRenders(pdf);
}

TEST_CASE("every page of a long report names the organization and report date and is numbered") {
    const TrainingBase base;
    std::string roster = "工号,姓名,单位,部门\n";
    std::string sheet = "工号,姓名,2026-11-02,2026-11-03,2026-11-04\n";
    for (int i = 1; i <= 60; ++i) {
        const std::string no = "C" + std::to_string(100 + i);
        roster += no + ",学员" + std::to_string(i) + ",三车间,涂装班\n";
        sheet += no + ",学员" + std::to_string(i) + ",出勤,出勤,出勤\n";
    }
    tqm::clitest::writeTextFile(base.dir / "more.csv", roster);
    tqm::clitest::writeTextFile(base.dir / "more-sheet.csv", sheet);
    REQUIRE(base.tqm({"people", "import", (base.dir / "more.csv").string()}).exitCode == 0);
    REQUIRE(base.tqm({"class", "import", "2026-Q4-01", (base.dir / "more-sheet.csv").string()})
                .exitCode == 0);
    const std::string pdf = base.exportReport(kHoursReport, "学时台账", "pdf");
    const auto pages = pagesOf(pdf);
    REQUIRE(pages.size() == 9);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(has(pages[i], "学时台账"));
        CHECK(has(pages[i], "单位：某机械厂"));
        CHECK(has(pages[i], "报表日期：2026-11-24"));
        CHECK(has(pages[i], "第 " + std::to_string(i + 1) + " 页，共 9 页"));
    }
    CHECK(has(pages[8], "三车间 60 570"));
}
