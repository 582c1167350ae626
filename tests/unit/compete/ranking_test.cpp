// The ranking of a competition and the figures per unit, as pure functions over results.
#include <catch2/catch.hpp>

#include "compete/ranking.h"

using tqm::compete::ContestResult;
using tqm::compete::rankResults;
using tqm::compete::RosterEntry;
using tqm::compete::unitFigures;

namespace {

ContestResult result(std::string employeeNo, std::string unit, std::int64_t score,
                     std::int64_t timeUsedMs, std::int64_t submittedAt) {
    ContestResult r;
    r.employeeNo = std::move(employeeNo);
    r.unit = std::move(unit);
    r.score = score;
    r.maxPoints = 10000;
    r.timeUsedMs = timeUsedMs;
    r.startedAt = submittedAt - timeUsedMs;
    r.submittedAt = submittedAt;
    return r;
}

std::vector<std::pair<int, std::string>> ranksOf(const std::vector<ContestResult>& results) {
    std::vector<std::pair<int, std::string>> out;
    for (const auto& ranked : rankResults(results))
        out.emplace_back(ranked.rank, ranked.result.employeeNo);
    return out;
}

}  // namespace

TEST_CASE("the ranking goes by score, then shorter time used, then earlier submission") {
    const std::vector<ContestResult> results{
        result("E1", "A", 8000, 600000, 5000000),  // lower score
        result("E2", "A", 9000, 700000, 4000000),  // slower
        result("E3", "A", 9000, 600000, 6000000),  // same time as E4, submitted later
        result("E4", "A", 9000, 600000, 3000000),
    };
    CHECK(ranksOf(results) ==
          std::vector<std::pair<int, std::string>>{{1, "E4"}, {2, "E3"}, {3, "E2"}, {4, "E1"}});
}

TEST_CASE(
    "results equal in score, time used and submission time share a rank, and the next "
    "rank skips") {
    const std::vector<ContestResult> results{
        result("E9", "A", 9000, 600000, 3000000),
        result("E2", "A", 9000, 600000, 3000000),
        result("E5", "A", 7000, 600000, 3000000),
        result("E7", "A", 9500, 900000, 3000000),
    };
    CHECK(ranksOf(results) ==
          std::vector<std::pair<int, std::string>>{{1, "E7"}, {2, "E2"}, {2, "E9"}, {4, "E5"}});
}

TEST_CASE(
    "a unit's participation is its participants on the roster over its roster, and its "
    "average the participants' mean score") {
    const std::vector<RosterEntry> roster{{"E1", "一车间"}, {"E2", "一车间"}, {"E3", "一车间"},
                                          {"E4", "二车间"}, {"E5", "二车间"}, {"E6", "质检科"}};
    const std::vector<ContestResult> results{
        result("E1", "一车间", 9000, 1, 2), result("E2", "别的单位", 8050, 1, 2),
        result("E4", "二车间", 7000, 1, 2), result("E5", "二车间", 6001, 1, 2),
        result("X9", "外协", 5000, 1, 2)};  // not on the roster: counts for its own unit
    const auto units = unitFigures(results, roster);
    REQUIRE(units.size() == 4);
    CHECK(units[0].unit == "二车间");
    CHECK(units[0].rosterCount == 2);
    CHECK(units[0].participants == 2);
    CHECK(units[0].participationPermille == 1000);
    CHECK(units[0].averageScore == 6501);  // 6500.5 rounded half up
    CHECK(units[1].unit == "一车间");      // E2 counts here, where the roster puts them
    CHECK(units[1].participants == 2);
    CHECK(units[1].participationPermille == 667);  // 2 of 3
    CHECK(units[1].averageScore == 8525);
    CHECK(units[2].unit == "质检科");
    CHECK(units[2].participants == 0);
    CHECK(units[2].participationPermille == 0);
    CHECK_FALSE(units[2].averageScore.has_value());
    CHECK(units[3].unit == "外协");
    CHECK(units[3].rosterCount == 0);
    CHECK_FALSE(units[3].participationPermille.has_value());
    CHECK(units[3].averageScore == 5000);
}
