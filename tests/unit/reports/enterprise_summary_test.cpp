// The enterprise summary: participation, average score and pass rate per unit and department,
// and certificates due, expired and missing.
#include <catch2/catch.hpp>

#include "../training/training_fixture.h"
#include "reports/enterprise_summary.h"
#include "reports/report_documents.h"

using tqm::reports::GroupFigures;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

void addAttempt(TrainingFixture& f, const char* employeeNo, int no, std::int64_t earned,
                std::int64_t max, const char* verdict, std::int64_t submittedAt) {
    SQLite::Statement insert(
        f.db.sql(),
        "INSERT INTO attempt (exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at, submitted_at, "
        "submitted_by, earned, max_points, verdict) VALUES (1, ?1, ?2, 1, 'b', '1', "
        "printf('%064d', 0), 0, 1000, 1000, 0, ?3, 'person', ?4, ?5, ?6)");
    insert.bind(1, f.idOf(employeeNo));
    insert.bind(2, no);
    insert.bind(3, submittedAt);
    insert.bind(4, earned);
    insert.bind(5, max);
    insert.bind(6, verdict);
    insert.exec();
}

constexpr std::int64_t kNovember7 = 1794000000500;  // 2026-11-07 in Beijing
constexpr std::int64_t kOctober20 = 1792461600000;  // 2026-10-20 in Beijing

}  // namespace

TEST_CASE("a period's summary takes each participant's best score and any pass, per unit") {
    TrainingFixture f;
    f.db.sql().exec(
        "INSERT INTO exam (title, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) "
        "VALUES ('月度考试', 3600000, 6000, 3, 'highest', 'after-submit', "
        "'deadline-runs', 'same', 1, 0)");
    addAttempt(f, "A001", 1, 5500, 10000, "fail", kNovember7);
    addAttempt(f, "A001", 2, 8800, 10000, "pass", kNovember7);
    addAttempt(f, "B001", 1, 4500, 6000, "fail", kNovember7);
    addAttempt(f, "A002", 1, 9000, 10000, "pass", kOctober20);  // before the period

    const auto summary = tqm::reports::loadPeriodSummary(f.db, day("2026-11-01"), day("2026-11-30"),
                                                         day("2026-11-24"));
    CHECK(summary.scope == "2026-11-01 至 2026-11-30");
    CHECK(summary.total == GroupFigures{"合计", 4, 2, 500, 8150, 1, 500, 0, 0, 0});
    CHECK(summary.units == std::vector<GroupFigures>{{"一车间", 2, 1, 500, 8800, 1, 1000, 0, 0, 0},
                                                     {"二车间", 2, 1, 500, 7500, 0, 0, 0, 0, 0}});
    REQUIRE(summary.departments.size() == 3);
    CHECK(summary.departments[2] ==
          GroupFigures{"二车间 / 焊接班", 2, 1, 500, 7500, 0, 0, 0, 0, 0});
    const auto document = tqm::reports::summaryDocument(summary, "", day("2026-11-24"));
    CHECK(document.headerLines[2] ==
          "全员 4 人，参与 2 人，参与率 50%，平均得分率 81.5%，合格率 50%");
    CHECK(document.tables[0].rows[0][4].number == 88.0);
}

TEST_CASE("certificate requirement rows count as due, expired or missing for the person's unit") {
    TrainingFixture f;
    const auto people = f.people.list();
    const auto row = [&](const char* employeeNo, tqm::cert::Status status) {
        tqm::cert::RequirementStatusRow r;
        r.personId = f.idOf(employeeNo);
        r.status = status;
        return r;
    };
    const std::vector<tqm::cert::RequirementStatusRow> rows{
        row("A001", tqm::cert::Status::ReviewDue), row("A001", tqm::cert::Status::Valid),
        row("A002", tqm::cert::Status::InGrace),   row("B001", tqm::cert::Status::Expired),
        row("B002", tqm::cert::Status::Revoked),   row("B002", tqm::cert::Status::Missing)};
    const auto summary = tqm::reports::buildSummary(people, {}, rows, "x", day("2026-11-24"));
    CHECK(summary.units[0].certificatesDue == 2);
    CHECK(summary.units[0].certificatesExpired == 0);
    CHECK(summary.units[1].certificatesExpired == 2);
    CHECK(summary.units[1].certificatesMissing == 1);
    CHECK(summary.total.participationPermille == 0);
    CHECK(tqm::reports::formatBasisPoints(8333) == "83.3%");
}
