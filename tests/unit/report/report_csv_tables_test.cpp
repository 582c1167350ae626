#include <catch2/catch.hpp>

#include "report/report_csv_tables.h"

using tqm::report::csvFilesNote;
using tqm::report::reportCsvFiles;
using tqm::report::ReportFormat;
using tqm::report::tableCsv;
using tqm::reports::Cell;
using tqm::reports::ReportDocument;
using tqm::reports::ReportTable;
using Paths = std::vector<std::filesystem::path>;

namespace {

ReportDocument threeTables() {
    ReportDocument document{"学时台账", {}, {}};
    document.tables.push_back(
        {"学时台账", {"工号", "学时"}, {}, {{Cell::of("A001"), Cell::hundredths(950)}}});
    document.tables.push_back({"按课程", {"课程"}, {}, {{Cell::of("=SUM(A1)")}}});
    document.tables.push_back({"单位/部门: 合计?", {"单位"}, {}, {}});
    return document;
}

}  // namespace

TEST_CASE("each further table's CSV file is named after the table beside the main file") {
    CHECK(reportCsvFiles("/out/hours.csv", threeTables()) ==
          Paths{"/out/hours.csv", "/out/hours-按课程.csv", "/out/hours-单位_部门_ 合计_.csv"});
}

TEST_CASE("a table's CSV opens with the BOM and guards a cell that looks like a formula") {
    CHECK(tableCsv(threeTables().tables[0]) == "\xEF\xBB\xBF工号,学时\r\nA001,9.5\r\n");
    CHECK(tableCsv(threeTables().tables[1]) == "\xEF\xBB\xBF课程\r\n'=SUM(A1)\r\n");
}

TEST_CASE("the audit note of a CSV export names every file and is empty for other formats") {
    CHECK(csvFilesNote({"/out/hours.csv", ReportFormat::Csv, "x", "hours"}, threeTables()) ==
          ": hours.csv, hours-按课程.csv, hours-单位_部门_ 合计_.csv");
    CHECK(csvFilesNote({"/out/hours.pdf", ReportFormat::Pdf, "x", "hours"}, threeTables()).empty());
}
