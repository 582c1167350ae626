// A table PDF turns its pages landscape only when the columns need it: a 16-column study-hour
// ledger prints landscape with every row on one line; a 5-column table stays portrait; a short
// narrow table after a wide one shares its landscape page.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "command_output.h"
#include "report/table_pdf.h"

using tqm::report::ColumnAlign;
using tqm::report::TableDocument;
using tqm::reporttest::runCommand;

namespace {

std::string employeeNo(int i) {
    char number[16];
    std::snprintf(number, sizeof number, "E%05d", i);
    return number;
}

// 工号, 姓名, 单位, the twelve months of 2026 and 合计, as reports::ledgerDocument sets them.
TableDocument ledger(int rows) {
    TableDocument doc;
    doc.title = "学时台账";
    doc.headerLines = {"单位：某机械厂", "报表日期：2026-12-31",
                       "统计期间：2026-01-01 至 2026-12-31"};
    doc.columns = {{"工号", 1.2, ColumnAlign::Left},
                   {"姓名", 1.2, ColumnAlign::Left},
                   {"单位", 1.6, ColumnAlign::Left}};
    for (int month = 1; month <= 12; ++month)
        doc.columns.push_back({"2026-" + std::string(month < 10 ? "0" : "") + std::to_string(month),
                               1, ColumnAlign::Right});
    doc.columns.push_back({"合计", 1, ColumnAlign::Right});
    for (int i = 1; i <= rows; ++i) {
        std::vector<std::string> row{employeeNo(i), "员工" + std::to_string(i),
                                     std::to_string(i % 12) + "车间"};
        for (int month = 1; month <= 12; ++month) row.push_back("1.5");
        row.push_back("18");
        doc.rows.push_back(std::move(row));
    }
    return doc;
}

std::filesystem::path written(const tqm::report::TablePdf& pdf, const std::string& name) {
    const auto folder = std::filesystem::temp_directory_path() / "tqm-table-pdf-orientation";
    std::filesystem::create_directories(folder);
    const auto file = folder / name;
    REQUIRE(tqm::writeFileAtomically(file, pdf.bytes).empty());
    return file;
}

std::string pdfText(const std::filesystem::path& file) {
    return runCommand("pdftotext -layout '" + file.string() + "' - | tr -s ' '").out;
}

}  // namespace

TEST_CASE("a 16-column study-hour ledger prints landscape with one line per row") {
    REQUIRE(tqm::reporttest::hasProgram("pdftotext"));
    const auto pdf = tqm::report::renderTablePdf(ledger(200));
    REQUIRE(pdf.problem.empty());
    // One-line rows: 19 under the report's header on the first page, 22 under the running
    // header on each later one (two-line rows would fit 9 and 11).
    CHECK(pdf.pages == 10);
    CHECK(pdf.landscape == std::vector<bool>(10, true));
    const auto file = written(pdf, "ledger.pdf");
    const std::string info = runCommand("pdfinfo -f 10 -l 10 '" + file.string() + "'").out;
    CHECK(info.find("Page   10 size:  841.89 x 595.276 pts") != std::string::npos);
    CHECK(
        runCommand("pdftotext -layout -f 2 -l 2 '" + file.string() + "' - | grep -c '^ *E0'").out ==
        "22\n");
    const std::string text = pdfText(file);
    CHECK(text.find("工号 姓名 单位 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 "
                    "2026-08 2026-09 2026-10 2026-11 2026-12 合计") != std::string::npos);
    CHECK(text.find("E00001 员工1 1车间 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 18") !=
          std::string::npos);
    CHECK(text.find("E00200 员工200 8车间 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 18") !=
          std::string::npos);
    CHECK(text.find("第 10 页，共 10 页") != std::string::npos);
}

TEST_CASE("a 5-column table stays portrait") {
    TableDocument doc;
    doc.title = "考试成绩";
    doc.headerLines = {"报表日期：2026-12-31"};
    doc.columns = {{"工号", 1.2, ColumnAlign::Left},
                   {"姓名", 1.2, ColumnAlign::Left},
                   {"得分", 1, ColumnAlign::Right},
                   {"满分", 1, ColumnAlign::Right},
                   {"结果", 1, ColumnAlign::Left}};
    for (int i = 1; i <= 60; ++i)
        doc.rows.push_back({employeeNo(i), "员工" + std::to_string(i), "88.5", "100", "合格"});
    const auto pdf = tqm::report::renderTablePdf(doc);
    REQUIRE(pdf.problem.empty());
    CHECK(pdf.pages == 2);
    CHECK(pdf.landscape == std::vector<bool>{false, false});
}

TEST_CASE(
    "a short narrow table after a wide one shares its landscape page; a long one is portrait") {
    TableDocument units;
    units.title = "学时台账";
    units.headerLines = {"单位合计"};
    units.continues = true;
    units.columns = {{"单位", 2, ColumnAlign::Left},
                     {"人数", 1, ColumnAlign::Right},
                     {"学时", 1, ColumnAlign::Right}};
    for (int i = 0; i < 3; ++i) units.rows.push_back({std::to_string(i) + "车间", "4", "72"});
    TableDocument courses = units;
    courses.headerLines = {"按课程"};
    for (int i = 0; i < 80; ++i) courses.rows.push_back({"course-01", "1", "1.5"});

    const auto pdf = tqm::report::renderTablesPdf({ledger(10), units, courses});
    REQUIRE(pdf.problem.empty());
    // The 83 rows per course print portrait, on pages 2 to 4.
    CHECK(pdf.landscape == std::vector<bool>{true, false, false, false});
    const auto file = written(pdf, "mixed.pdf");
    const std::string first =
        runCommand("pdftotext -layout -f 1 -l 1 '" + file.string() + "' - | tr -s ' '").out;
    CHECK(first.find("单位合计") != std::string::npos);
    CHECK(first.find("按课程") == std::string::npos);
    const std::string info = runCommand("pdfinfo -f 1 -l 2 '" + file.string() + "'").out;
    CHECK(info.find("Page    1 size:  841.89 x 595.276 pts") != std::string::npos);
    CHECK(info.find("Page    2 size:  595.276 x 841.89 pts") != std::string::npos);
}
