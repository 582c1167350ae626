// The progress a report export reports while it writes: rows written of the rows the format
// writes, never going back, a hundred calls or so for a large table, and total of total at the end.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "../store/store_test_support.h"
#include "report/report_file.h"

using tqm::report::ReportFormat;
using tqm::reports::Cell;

namespace {

using Calls = std::vector<std::pair<std::size_t, std::size_t>>;

// A main table of `mainRows` people and a second table of three rows.
tqm::reports::ReportDocument document(std::size_t mainRows) {
    tqm::reports::ReportDocument doc{"学时台账", {"报表日期：2026-11-24"}, {}};
    tqm::reports::ReportTable people{"学时", {"工号", "姓名", "学时"}, {1, 1, 1}, {}};
    for (std::size_t i = 0; i < mainRows; ++i)
        people.rows.push_back({Cell::of("E" + std::to_string(1000 + i)), Cell::of("张伟"),
                               Cell::hundredths(static_cast<std::int64_t>(i) * 50)});
    tqm::reports::ReportTable units{"单位合计", {"单位", "学时"}, {2, 1}, {}};
    for (const char* unit : {"一车间", "二车间", "质量部"})
        units.rows.push_back({Cell::of(unit), Cell::hundredths(1200)});
    doc.tables = {std::move(people), std::move(units)};
    return doc;
}

void checkNonDecreasing(const Calls& calls, std::size_t total) {
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].second == total);
        if (i > 0) CHECK(calls[i].first >= calls[i - 1].first);
    }
}

}  // namespace

TEST_CASE("an export reports its rows written without going back and ends at total of total") {
    tqm::storetest::TempFolder folder;
    const auto doc = document(2000);

    SECTION("XLSX counts the rows of every table") {
        Calls calls;
        REQUIRE_FALSE(tqm::report::writeReport(
            folder / "hours.xlsx", doc, ReportFormat::Xlsx,
            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); }));
        REQUIRE_FALSE(calls.empty());
        CHECK(calls.back() == std::pair<std::size_t, std::size_t>{2003, 2003});
        checkNonDecreasing(calls, 2003);
        CHECK(calls.size() <= 102);
        CHECK(calls.size() >= 50);
    }
    SECTION("CSV counts the rows of the main table only") {
        Calls calls;
        REQUIRE_FALSE(tqm::report::writeReport(
            folder / "hours.csv", doc, ReportFormat::Csv,
            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); }));
        REQUIRE_FALSE(calls.empty());
        CHECK(calls.back() == std::pair<std::size_t, std::size_t>{2000, 2000});
        checkNonDecreasing(calls, 2000);
        CHECK(calls.size() <= 102);
    }
    SECTION("PDF counts the rows drawn, page by page") {
        Calls calls;
        REQUIRE_FALSE(tqm::report::writeReport(
            folder / "hours.pdf", document(300), ReportFormat::Pdf,
            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); }));
        REQUIRE(calls.size() >= 2);
        CHECK(calls.back() == std::pair<std::size_t, std::size_t>{303, 303});
        checkNonDecreasing(calls, 303);
        CHECK(calls.front().first < 303);
    }
}

TEST_CASE("an export that fails never reports that it finished") {
    tqm::storetest::TempFolder folder;
    Calls calls;
    CHECK(tqm::report::writeReport(
        folder / "missing" / "hours.csv", document(10), ReportFormat::Csv,
        [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); }));
    for (const auto& [done, total] : calls) CHECK(done < total);
}
