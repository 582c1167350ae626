// XLSX results read back from the file: sheet names, header, cell values as numbers or text, the
// number formats, the frozen header row, and failures that name the file and leave nothing.
#include <catch2/catch.hpp>

#include "report/xlsx_export.h"
#include "report_samples.h"
#include "xlsx_contents.h"

using tqm::reporttest::Cell;
using tqm::reporttest::XlsxContents;

namespace {

void checkText(const std::map<std::string, Cell>& cells, const std::string& ref,
               const std::string& text) {
    INFO(ref);
    REQUIRE(cells.contains(ref));
    CHECK(cells.at(ref).isText);
    CHECK(cells.at(ref).text == text);
}

void checkNumber(const std::map<std::string, Cell>& cells, const std::string& ref, double value,
                 const std::string& format) {
    INFO(ref);
    REQUIRE(cells.contains(ref));
    CHECK_FALSE(cells.at(ref).isText);
    CHECK(std::stod(cells.at(ref).text) == Approx(value).epsilon(1e-12));
    CHECK(cells.at(ref).numberFormat == format);
}

}  // namespace

TEST_CASE("the workbook has the sheets 成绩 and 答题明细 with numbers stored as numbers") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "results.xlsx";
    REQUIRE_FALSE(tqm::report::writeResultsXlsx(file, tqm::reporttest::samplePeople(),
                                                tqm::reporttest::sampleAnswers()));
    CHECK(folder.fileNames() == std::vector<std::string>{"results.xlsx"});

    const XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() == std::vector<std::string>{"成绩", "答题明细"});

    const auto people = xlsx.cells(1);
    const char* headers[] = {"工号", "姓名",     "单位", "得分",
                             "满分", "是否通过", "用时", "提交时间"};
    for (int col = 0; col < 8; ++col)
        checkText(people, std::string(1, static_cast<char>('A' + col)) + "1", headers[col]);
    checkText(people, "A2", "E001");
    checkText(people, "B3", "王\"小\"明");
    checkText(people, "C3", "二车间,质检科");
    checkText(people, "C4", "=SUM(A1)");  // a text cell, never a formula
    checkNumber(people, "D2", 87.5, "0.00");
    checkNumber(people, "E2", 100, "0.00");
    checkNumber(people, "D4", 0.66, "0.00");
    checkText(people, "F2", "通过");
    checkText(people, "F4", "待评分");
    checkNumber(people, "G2", 3909.0 / 86400.0, "[h]:mm:ss");  // 1:05:09
    // 2026-11-24 09:30:05 is day 46350 since 1899-12-30 plus 34205 seconds.
    checkNumber(people, "H2", 46350.0 + 34205.0 / 86400.0, "yyyy-mm-dd hh:mm:ss");
    CHECK_FALSE(people.contains("H4"));  // not submitted

    const auto answers = xlsx.cells(2);
    checkText(answers, "F1", "作答");
    checkNumber(answers, "C3", 2, "");
    checkText(answers, "E3", "多选");
    checkText(answers, "F4", "A=1,B=3");
    checkNumber(answers, "G3", 1, "0.00");
    checkNumber(answers, "H5", 10, "0.00");
    checkText(answers, "I6", "未作答");

    const std::string& sheet = xlsx.entry("xl/worksheets/sheet1.xml");
    CHECK(sheet.find(
              R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)") !=
          std::string::npos);
    CHECK(sheet.find(R"(<col min="3" max="3" width="20.7109375" customWidth="1"/>)") !=
          std::string::npos);
}

TEST_CASE("the header row is bold") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "results.xlsx";
    REQUIRE_FALSE(tqm::report::writeResultsXlsx(file, {}, {}));
    const XlsxContents xlsx(file);
    const std::string& styles = xlsx.entry("xl/styles.xml");
    // Font 1 is the bold one; the header cells use a cell format pointing to it.
    CHECK(styles.find("<font><b/>") != std::string::npos);
    CHECK(xlsx.cells(1).at("A1").text == "工号");
    CHECK(xlsx.cells(2).size() == 9);
}

TEST_CASE("a workbook that cannot be written is an error naming the file and leaves no file") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "missing/results.xlsx";
    const auto failed = tqm::report::writeResultsXlsx(file, tqm::reporttest::samplePeople(), {});
    REQUIRE(failed);
    CHECK(failed->file == file.string());
    CHECK(failed->message == "cannot write the workbook " + file.string() +
                                 ": Error creating output xlsx file. Usually a permissions "
                                 "error.");
    CHECK(folder.fileNames().empty());
}

TEST_CASE("a workbook written over a folder fails and leaves the folder and no scratch file") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "results.xlsx";
    std::filesystem::create_directory(file);
    const auto failed = tqm::report::writeResultsXlsx(file, tqm::reporttest::samplePeople(), {});
    REQUIRE(failed);
    CHECK(failed->file == file.string());
    CHECK(failed->message.find(file.string()) != std::string::npos);
    CHECK(std::filesystem::is_directory(file));
    CHECK(folder.fileNames() == std::vector<std::string>{"results.xlsx"});
}
