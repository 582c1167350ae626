// 学时台账: hours per person per period and per course, with unit totals.
#include <catch2/catch.hpp>

#include "../training/training_fixture.h"
#include "reports/hours_ledger.h"
#include "reports/report_documents.h"
#include "store/course_progress_repository.h"

using tqm::reports::Period;
using tqm::reports::UnitTotal;
using tqm::training::Attendance;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

TEST_CASE("period labels name the month, the quarter and the year") {
    CHECK(tqm::reports::periodLabel(day("2026-03-31"), Period::Month) == "2026-03");
    CHECK(tqm::reports::periodLabel(day("2026-10-01"), Period::Quarter) == "2026-Q4");
    CHECK(tqm::reports::periodLabel(day("2026-10-01"), Period::Year) == "2026");
}

TEST_CASE("the ledger sums class and self-study hours by month, course and unit within the range") {
    TrainingFixture f;
    const auto a1 = f.idOf("A001");
    const auto b1 = f.idOf("B001");
    for (const auto id : {a1, b1}) f.classes.addMember(f.classId, id);
    for (const char* on : {"2026-11-02", "2026-11-03", "2026-11-04"})
        f.classes.mark(f.classId, {a1, day(on), Attendance::Present});
    f.classes.mark(f.classId, {b1, day("2026-11-02"), Attendance::Present});
    tqm::store::CourseProgressRepository progress(f.db);
    progress.addStudyHours({b1, "5s", "1", 150, 1792461600000});  // 2026-10-20
    progress.addStudyHours({a1, "5s", "1", 100, 1767225600000});  // 2026-01-01 Beijing: outside

    const auto ledger =
        tqm::reports::loadLedger(f.db, day("2026-10-01"), day("2026-11-30"), Period::Month);
    CHECK(ledger.periods == std::vector<std::string>{"2026-10", "2026-11"});
    CHECK(ledger.courses == std::vector<std::string>{"5s", "qc-tools", "spc", "tqm-basics"});
    REQUIRE(ledger.rows.size() == 2);
    // A001: 4 + 2 + 3 hours in November.
    CHECK(ledger.rows[0].employeeNo == "A001");
    CHECK(ledger.rows[0].byPeriod == std::map<std::string, std::int64_t>{{"2026-11", 900}});
    CHECK(ledger.rows[0].total == 900);
    // B001: 1.5 h of 5S in October; 4 h on day one and 1 h (3 h × 1 of 3 days) in November.
    CHECK(ledger.rows[1].employeeNo == "B001");
    CHECK(ledger.rows[1].byPeriod ==
          std::map<std::string, std::int64_t>{{"2026-10", 150}, {"2026-11", 500}});
    CHECK(ledger.rows[1].byCourse ==
          std::map<std::string, std::int64_t>{{"5s", 150}, {"qc-tools", 100}, {"tqm-basics", 400}});
    CHECK(ledger.units == std::vector<UnitTotal>{{"一车间", 1, 900}, {"二车间", 1, 650}});
    CHECK(ledger.total == 1550);
    // Whole courses are named as the class plan titles them; a lesson's title is not the
    // course's, and self-study courses outside any plan keep their ids.
    CHECK(ledger.courseTitles == tqm::reports::CourseTitles{{"qc-tools", "QC七大手法"},
                                                            {"tqm-basics", "全面质量管理基础"}});
    const auto document = tqm::reports::ledgerDocument(ledger, "", day("2026-11-30"));
    REQUIRE(document.tables.size() == 3);
    std::vector<std::string> named;
    for (const auto& row : document.tables[1].rows) named.push_back(row[2].text);
    CHECK(named == std::vector<std::string>{"QC七大手法", "spc", "全面质量管理基础", "5s",
                                            "QC七大手法", "全面质量管理基础"});
}
