// The ranking and per-unit figures as CSV, XLSX and a paginated A4 PDF, read back with the tools
// people use on them.
#include <catch2/catch.hpp>

#include "../report/command_output.h"
#include "../report/xlsx_contents.h"
#include "../store/store_test_support.h"
#include "compete/ranking_export.h"

using tqm::compete::StandingsFormat;
using tqm::compete::StandingsTable;
using tqm::reporttest::runCommand;

namespace {

tqm::compete::ContestResult result(std::string employeeNo, std::string name, std::string unit,
                                   std::int64_t score, std::int64_t timeUsedMs) {
    tqm::compete::ContestResult r;
    r.employeeNo = std::move(employeeNo);
    r.name = std::move(name);
    r.unit = std::move(unit);
    r.score = score;
    r.maxPoints = 10000;
    r.startedAt = 1795516200000;  // 2026-11-24 18:30:00 UTC+8
    r.timeUsedMs = timeUsedMs;
    r.submittedAt = r.startedAt + timeUsedMs;
    return r;
}

tqm::compete::Standings standings(int extraPeople = 0) {
    std::vector<tqm::compete::ContestResult> results{
        result("E001", "张三", "一车间", 9550, 754000),
        result("E002", "李四", "二车间", 8000, 600000),
        result("E005", "钱七", "一车间", 9550, 754000)};
    for (int i = 0; i < extraPeople; ++i)
        results.push_back(result("F" + std::to_string(1000 + i), "学员" + std::to_string(i),
                                 "三车间", 5000 + i, 900000));
    const std::vector<tqm::compete::RosterEntry> roster{
        {"E001", "一车间"}, {"E005", "一车间"}, {"E003", "一车间"}, {"E002", "二车间"}};
    tqm::compete::Standings s;
    s.competition.name = "2026年质量知识竞赛";
    s.competition.opensAt = 1795516200000;
    s.competition.closesAt = 1795527000000;
    s.units = tqm::compete::unitFigures(results, roster);
    s.ranking = tqm::compete::rankResults(results);
    return s;
}

const tqm::TimePoint kReportTime = tqm::fromUnixMillis(1795602600000);  // 2026-11-25 18:30 UTC+8

}  // namespace

TEST_CASE("the ranking CSV starts with a byte-order mark and lists shared ranks") {
    CHECK(tqm::compete::standingsCsv(standings(), StandingsTable::Ranking) ==
          "\xEF\xBB\xBF名次,工号,姓名,单位,得分,满分,用时,提交时间\r\n"
          "1,E001,张三,一车间,95.5,100,0:12:34,2026-11-24 18:42:34\r\n"
          "1,E005,钱七,一车间,95.5,100,0:12:34,2026-11-24 18:42:34\r\n"
          "3,E002,李四,二车间,80,100,0:10:00,2026-11-24 18:40:00\r\n");
}

TEST_CASE("the per-unit CSV gives the exact participation rate and average score") {
    CHECK(tqm::compete::standingsCsv(standings(), StandingsTable::Units) ==
          "\xEF\xBB\xBF单位,在册人数,参赛人数,参与率,平均分\r\n"
          "二车间,1,1,100.0%,80\r\n"
          "一车间,3,2,66.7%,95.5\r\n");
}

TEST_CASE("the ranking workbook has numbers as numbers under a frozen header") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "ranking.xlsx";
    REQUIRE_FALSE(tqm::compete::writeStandings(file, standings(), StandingsTable::Ranking,
                                               StandingsFormat::Xlsx, kReportTime));
    const tqm::reporttest::XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() == std::vector<std::string>{"排名"});
    const auto cells = xlsx.cells(1);
    CHECK(cells.at("A1").text == "名次");
    CHECK(cells.at("A4").text == "3");
    CHECK_FALSE(cells.at("A4").isText);
    CHECK(cells.at("C4").text == "李四");
    CHECK(cells.at("E2").text == "95.5");
    CHECK(cells.at("E2").numberFormat == "0.00");
    CHECK(cells.at("G4").numberFormat == "[h]:mm:ss");
    CHECK(xlsx.entry("xl/worksheets/sheet1.xml").find("state=\"frozen\"") != std::string::npos);
}

TEST_CASE("the ranking PDF names the competition, every person and score, and paginates") {
    REQUIRE(tqm::reporttest::hasProgram("pdftotext"));  // poppler-utils
    tqm::storetest::TempFolder folder;
    const auto file = folder / "ranking.pdf";
    REQUIRE_FALSE(tqm::compete::writeStandings(file, standings(120), StandingsTable::Ranking,
                                               StandingsFormat::Pdf, kReportTime));
    const auto info = runCommand("pdfinfo '" + file.string() + "'");
    INFO(info.out);
    CHECK(info.out.find("Pages:           5") != std::string::npos);
    CHECK(info.out.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
    const auto first = runCommand("pdftotext -layout -f 1 -l 1 '" + file.string() + "' -");
    CHECK(first.out.find("2026年质量知识竞赛 成绩排名") != std::string::npos);
    CHECK(first.out.find("报表日期：2026-11-25") != std::string::npos);
    CHECK(first.out.find("张三") != std::string::npos);
    CHECK(first.out.find("95.5") != std::string::npos);
    CHECK(first.out.find("第 1 页，共 5 页") != std::string::npos);
    const auto last = runCommand("pdftotext -layout -f 5 -l 5 '" + file.string() + "' -");
    CHECK(last.out.find("名次") != std::string::npos);   // headings repeat on every page
    CHECK(last.out.find("F1000") != std::string::npos);  // lowest score, last row
    CHECK(last.out.find("第 5 页，共 5 页") != std::string::npos);
}
