// The details beside each roster diagnostic: which row, which column and which 工号 a problem is
// about, so that a client can word it in its own language.
#include <catch2/catch.hpp>

#include "cert/roster_import.h"

using tqm::cert::readRoster;
using tqm::cert::RosterProblemDetail;
using Rows = std::vector<std::size_t>;

TEST_CASE("every roster diagnostic has a detail naming its row, column and 工号") {
    const std::string csv =
        "工号,姓名,工种\n"  // row 1: 工种 is no roster column
        "E001,张三\n"       // row 2: good
        ",李四\n"           // row 3: no 工号
        "E 3,王五\n"        // row 4: a space in the 工号
        "E005,\n"           // row 5: no name
        "E006,赵六\n"       // row 6: 工号 repeated in row 7
        "E006,钱七\n";      // row 7
    const auto roster = readRoster(csv, "roster.csv");
    REQUIRE(roster.diagnostics.size() == 6);
    REQUIRE(roster.details.size() == 6);
    CHECK(roster.diagnostics[0].code == "roster-unknown-column");
    CHECK(roster.details[0] == RosterProblemDetail{1, "工种", "", {}});
    CHECK(roster.diagnostics[1].code == "missing-employee-no");
    CHECK(roster.details[1] == RosterProblemDetail{3, "工号", "", {}});
    CHECK(roster.diagnostics[2].code == "bad-employee-no");
    CHECK(roster.details[2] == RosterProblemDetail{4, "工号", "E 3", {}});
    CHECK(roster.diagnostics[3].code == "empty-name");
    CHECK(roster.details[3] == RosterProblemDetail{5, "姓名", "", {}});
    CHECK(roster.diagnostics[4].code == "duplicate-employee-no");
    CHECK(roster.details[4] == RosterProblemDetail{6, "工号", "E006", Rows{6, 7}});
    CHECK(roster.diagnostics[5].code == "duplicate-employee-no");
    CHECK(roster.details[5] == RosterProblemDetail{7, "工号", "E006", Rows{6, 7}});
    CHECK(roster.people.size() == 1);
    CHECK(roster.rejected == 5);
}

TEST_CASE("header problems name the header row and the column, file problems no row") {
    SECTION("a missing 姓名 column and a repeated 工号 column") {
        const auto roster = readRoster("\n工号,Employee_No\nE001,E001\n", "roster.csv");
        REQUIRE(roster.details.size() == roster.diagnostics.size());
        REQUIRE(roster.diagnostics.size() == 2);
        CHECK(roster.diagnostics[0].code == "roster-missing-column");
        CHECK(roster.details[0] == RosterProblemDetail{2, "姓名", "", {}});
        CHECK(roster.diagnostics[1].code == "roster-duplicate-column");
        CHECK(roster.details[1] == RosterProblemDetail{2, "Employee_No", "工号", {}});
    }
    SECTION("a file that is not UTF-8") {
        const auto roster = readRoster("\xB9\xA4\xBA\xC5,name\n", "roster.csv");
        REQUIRE(roster.diagnostics.size() == 1);
        CHECK(roster.diagnostics[0].code == "not-utf8");
        CHECK(roster.details == std::vector<RosterProblemDetail>{{}});
    }
}
