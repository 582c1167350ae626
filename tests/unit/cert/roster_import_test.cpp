// Roster import: headers in Chinese or English, every bad row reported exactly, good rows written
// together, and a second import of the same people updating them instead of adding them again.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "cert/roster_import.h"
#include "store/people_repository.h"

using tqm::Diagnostic;
using tqm::Severity;
using tqm::cert::importRoster;
using tqm::cert::readRoster;
using tqm::store::Database;
using tqm::store::PeopleRepository;
using tqm::store::Person;
using Strings = std::vector<std::string>;

namespace {

struct Fixture {
    tqm::FakeClock clock{tqm::storetest::knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    PeopleRepository people{db};

    int personCount() { return db.sql().execAndGet("SELECT count(*) FROM person").getInt(); }
};

Diagnostic error(std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
    return {"roster.csv", line, column, Severity::Error, std::move(code), std::move(message)};
}

}  // namespace

TEST_CASE("a roster with Chinese headers and a BOM imports every row, splitting positions") {
    Fixture f;
    const std::string csv =
        "\xEF\xBB\xBF"
        "工号,姓名,单位,部门,岗位\r\n"
        "E001,张三,一车间,质检科,质检员；班组长\r\n"
        "E002, 李四 ,二车间,生产科,\"操作工,叉车工\"\r\n"
        "E003,王五,二车间,生产科,操作工、检验员;班组长，叉车工\r\n";
    const auto result = importRoster(csv, "roster.csv", f.people);
    CHECK(result.diagnostics.empty());
    CHECK(result.counts == tqm::store::UpsertCounts{3, 0, 0});
    CHECK(result.rejected == 0);
    CHECK(tqm::cert::rosterSummary(result) == "added 3, updated 0, unchanged 0, rejected 0");
    const std::vector<Person> people = f.people.list();
    REQUIRE(people.size() == 3);
    CHECK(people[0].positions == Strings{"班组长", "质检员"});
    CHECK(people[1].name == "李四");
    CHECK(people[1].unit == "二车间");
    CHECK(people[1].department == "生产科");
    CHECK(people[1].positions == Strings{"叉车工", "操作工"});
    CHECK(people[2].positions == Strings{"叉车工", "操作工", "检验员", "班组长"});
}

TEST_CASE("English headers are accepted in any letter case and column order") {
    Fixture f;
    const auto result = importRoster("Name,EMPLOYEE_NO,Positions,Unit\n张三,E001,质检员,一车间\n",
                                     "roster.csv", f.people);
    CHECK(result.diagnostics.empty());
    const auto found = f.people.findByEmployeeNo("E001");
    REQUIRE(found);
    CHECK(found->name == "张三");
    CHECK(found->unit == "一车间");
    CHECK(found->positions == Strings{"质检员"});
}

TEST_CASE("every bad row is reported with its line and column and only good rows are imported") {
    Fixture f;
    const std::string csv =
        "工号,姓名,单位\n"
        "E001,张三,一车间\n"
        ",李四,一车间\n"
        "E003,,二车间\n"
        "E004,赵六,二车间\n"
        "\"E 005\",钱七,三车间\n"
        "\n"
        "Ｅ００４,孙八,三车间\n";
    const auto result = importRoster(csv, "roster.csv", f.people);
    const std::vector<Diagnostic> expected{
        error(3, 1, "missing-employee-no", "row 3, column \"工号\": the 工号 is empty"),
        error(4, 2, "empty-name", "row 4, column \"姓名\": the name (姓名) is empty"),
        error(5, 1, "duplicate-employee-no",
              "row 5, column \"工号\": the 工号 E004 is in rows 5 and 8; none of them is "
              "imported until only one is left"),
        error(6, 1, "bad-employee-no",
              "row 6, column \"工号\": the 工号 \"E 005\" contains a space or a control character"),
        error(8, 1, "duplicate-employee-no",
              "row 8, column \"工号\": the 工号 E004 is in rows 5 and 8; none of them is "
              "imported until only one is left"),
    };
    CHECK(result.diagnostics == expected);
    CHECK(result.counts == tqm::store::UpsertCounts{1, 0, 0});
    CHECK(result.rejected == 5);
    CHECK(f.personCount() == 1);
    CHECK(f.people.findByEmployeeNo("E001")->name == "张三");
}

TEST_CASE("re-importing an edited roster updates people and never duplicates them") {
    Fixture f;
    importRoster("工号,姓名,岗位\nE001,张三,质检员\nE002,李四,操作工\n", "roster.csv", f.people);
    f.clock.advance(std::chrono::hours(24));
    const auto again =
        importRoster("工号,姓名,岗位\nE001,张三,质检员；班组长\nE002,李四,操作工\nE003,王五,\n",
                     "roster.csv", f.people);
    CHECK(again.diagnostics.empty());
    CHECK(again.counts == tqm::store::UpsertCounts{1, 1, 1});
    CHECK(tqm::cert::rosterSummary(again) == "added 1, updated 1, unchanged 1, rejected 0");
    CHECK(f.personCount() == 3);
    const auto first = f.people.findByEmployeeNo("E001");
    CHECK(first->positions == Strings{"班组长", "质检员"});
    CHECK(first->updatedAt - first->createdAt == 24 * 3600 * 1000);
    CHECK(f.people.findByEmployeeNo("E003")->positions.empty());
}

TEST_CASE("a roster without a 岗位 column keeps the positions people already hold") {
    Fixture f;
    importRoster("工号,姓名,岗位\nE001,张三,质检员\n", "roster.csv", f.people);
    const auto again = importRoster("工号,姓名\nE001,张三\n", "roster.csv", f.people);
    CHECK(again.counts == tqm::store::UpsertCounts{0, 0, 1});
    CHECK(f.people.findByEmployeeNo("E001")->positions == Strings{"质检员"});
}

TEST_CASE("a GBK roster is refused with the way to convert it") {
    const auto roster =
        readRoster("\xB9\xA4\xBA\xC5,\xD0\xD5\xC3\xFB\nE001,\xD5\xC5\xC8\xFD\n", "roster.csv");
    CHECK(roster.diagnostics ==
          std::vector<Diagnostic>{
              error(1, 1, "not-utf8",
                    "the file is not UTF-8 (byte 0xB9 starts no UTF-8 character) and looks "
                    "GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > OUT` or in Excel "
                    "choose 另存为 (Save As) \"CSV UTF-8\"")});
    CHECK(roster.people.empty());
}

TEST_CASE("a header without a 工号 column reads no row and counts every row as rejected") {
    const auto roster = readRoster("姓名,单位\n张三,一车间\n李四,二车间\n", "roster.csv");
    CHECK(roster.diagnostics ==
          std::vector<Diagnostic>{error(
              1, 0, "roster-missing-column",
              "the header row has no 工号 (employee_no) column, so no row can be read; the "
              "columns are 工号 (employee_no), 姓名 (name), 单位 (unit), 部门 (department), 岗位 "
              "(positions)")});
    CHECK(roster.people.empty());
    CHECK(roster.rejected == 2);
}

TEST_CASE("an unknown column is a warning and a repeated column is an error") {
    const auto roster = readRoster("工号,姓名,备注,name\nE001,张三,新员工,张三\n", "roster.csv");
    CHECK(roster.diagnostics ==
          std::vector<Diagnostic>{
              {"roster.csv", 1, 3, Severity::Warning, "roster-unknown-column",
               "column \"备注\" is not a roster column and is ignored; the columns are 工号 "
               "(employee_no), 姓名 (name), 单位 (unit), 部门 (department), 岗位 (positions)"},
              error(1, 4, "roster-duplicate-column",
                    "column \"name\" repeats column 2 \"姓名\"; keep one of them")});
    CHECK(roster.rejected == 1);
}

TEST_CASE("an empty roster needs a header row") {
    const auto roster = readRoster("\xEF\xBB\xBF\n\n", "roster.csv");
    CHECK(roster.diagnostics ==
          std::vector<Diagnostic>{
              error(0, 0, "csv-no-header", "the file is empty; it needs a header row")});
}

TEST_CASE("a quote that never closes rejects the row it opens in") {
    const auto roster = readRoster("工号,姓名\nE001,张三\nE002,\"李四\nE003,王五\n", "roster.csv");
    CHECK(roster.diagnostics ==
          std::vector<Diagnostic>{error(
              3, 2, "csv-unclosed-quote",
              "row 3, column \"姓名\": the quote that opens the cell on line 3 is never closed, "
              "so the rest of the file was read into this cell")});
    CHECK(roster.people.size() == 1);
    CHECK(roster.rejected == 1);
}

TEST_CASE("positions are split on every separator a Chinese spreadsheet uses") {
    CHECK(tqm::cert::splitPositions(" 质检员 ;班组长；操作工,叉车工，检验员、 、电工") ==
          Strings{"质检员", "班组长", "操作工", "叉车工", "检验员", "电工"});
    CHECK(tqm::cert::splitPositions("").empty());
}
