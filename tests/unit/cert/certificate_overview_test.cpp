// The overview read from a database: rows carry names, not only ids.
#include <catch2/catch.hpp>

#include "cert/certificate_desk.h"
#include "cert/certificate_overview.h"
#include "cert/matrix_table.h"
#include "lifecycle_fixture.h"
#include "store/position_repository.h"

using namespace tqm;
using lifecycletest::day;
using lifecycletest::LifecycleFixture;

namespace {

// 质检员 (key) requires QC-TQM (mandatory, 30 days allowed). 张三 holds TQM-2025-000001
// (2025-01-01 .. 2026-12-31, renewed by TQM-2026-000009 from 2027-01-01), 李四 holds nothing;
// both are in 质检员 from 2026-11-01.
struct Plant : LifecycleFixture {
    Plant() {
        type = addType();
        position = *store::PositionRepository(db).upsert({0, "质检员", true, "检验"}).value;
        REQUIRE_FALSE(store::CertificateTypeRepository(db).setRequirement(
            {position.id, type.id, cert::RequirementLevel::Mandatory, 30}));
        cert::CertificateDesk desk(db);
        const auto held = desk.issueExternal(
            {zhang, type.id, "TQM-2025-000001", day("2025-01-01"), {}, day("2026-12-31"), {}, {}});
        first = held.value->id;
        REQUIRE(desk.renew(first, {"TQM-2026-000009", day("2026-11-20"), {}, {}, {}, {}}).ok());
        REQUIRE(desk.assign({zhang, position.id, day("2026-11-01"), {}}, false).saved);
        REQUIRE(desk.assign({li, position.id, day("2026-11-01"), {}}, true).saved);
    }
    cert::CertificateType type;
    cert::Position position;
    std::int64_t first = 0;
};

}  // namespace

TEST_CASE("statuses as of a day name the person, position and type of every row") {
    Plant plant;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(plant.db);
    const std::vector<cert::StatusLine> lines = overview.statuses(day("2026-11-24"));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].person == cert::PersonSummary{plant.zhang, "E001", "张三", "一车间", ""});
    CHECK(lines[0].positionName == "质检员");
    CHECK(lines[0].keyPosition);
    CHECK(lines[0].type == cert::TypeLabel{plant.type.id, "QC-TQM", "全面质量管理上岗证"});
    CHECK(lines[0].status == cert::Status::RenewalOpen);
    CHECK(lines[0].certificateNumber == "TQM-2025-000001");
    CHECK(lines[0].validFrom == day("2025-01-01"));
    CHECK(lines[0].validUntil == day("2026-12-31"));
    CHECK(lines[0].graceEndsOn == day("2027-01-15"));
    CHECK(lines[0].assignedFrom == day("2026-11-01"));
    CHECK(lines[0].requiredFrom == day("2026-12-01"));
    CHECK(lines[1].person.employeeNo == "E002");
    CHECK(lines[1].status == cert::Status::NotYetRequired);
    CHECK(lines[1].certificateNumber.empty());
    CHECK_FALSE(lines[1].validUntil);

    CHECK(overview.statuses(day("2026-12-02"))[1].status == cert::Status::Missing);
    CHECK(overview.statuses(day("2027-01-02"))[0].certificateNumber == "TQM-2026-000009");
}

TEST_CASE("the due list leaves out a certificate already renewed") {
    Plant plant;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(plant.db);
    CHECK(overview.dueWithin(day("2026-11-24"), 60).empty());
    // The renewal itself falls due near its own end.
    const std::vector<cert::DueLine> due = overview.dueWithin(day("2028-12-01"), 30);
    REQUIRE(due.size() == 1);
    CHECK(due[0].person.name == "张三");
    CHECK(due[0].type.code == "QC-TQM");
    CHECK(due[0].certificateNumber == "TQM-2026-000009");
    CHECK(due[0].kind == cert::DueKind::Expiry);
    CHECK(due[0].dueOn == day("2028-12-31"));
    CHECK(due[0].daysLeft == 30);
}

TEST_CASE("coverage names a key position that one qualified person covers") {
    Plant plant;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(plant.db);
    const std::vector<cert::CoverageLine> coverage = overview.coverage(day("2026-11-24"));
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].positionName == "质检员");
    CHECK(coverage[0].problem == cert::CoverageProblem::SinglePointOfFailure);
    CHECK(coverage[0].assigned == 2);
    REQUIRE(coverage[0].qualified.size() == 1);
    CHECK(coverage[0].qualified[0].employeeNo == "E001");
}

TEST_CASE("a person's page lists their certificates with status and renewal history") {
    Plant plant;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(plant.db);
    const auto page = overview.personByEmployeeNo("E001", day("2026-11-24"));
    REQUIRE(page);
    CHECK(page->positions == std::vector<std::string>{"质检员"});
    REQUIRE(page->requirements.size() == 1);
    REQUIRE(page->certificates.size() == 2);
    CHECK(page->certificates[0].certificate.number == "TQM-2025-000001");
    CHECK(page->certificates[0].status.status == cert::Status::RenewalOpen);
    CHECK(page->certificates[0].renewedByNumber == "TQM-2026-000009");
    CHECK(page->certificates[1].certificate.number == "TQM-2026-000009");
    CHECK(page->certificates[1].status.status == cert::Status::NotYetValid);
    CHECK(page->certificates[1].renewsNumber == "TQM-2025-000001");

    cert::CertificateDesk(plant.db).revoke(plant.first, day("2026-11-24"), "违规操作");
    const auto revoked =
        cert::CertificateOverview::load(plant.db).person(plant.zhang, day("2026-11-24"));
    CHECK(revoked->certificates[0].status.status == cert::Status::Revoked);
    CHECK(revoked->certificates[0].certificate.revokedReason == "违规操作");
    CHECK_FALSE(overview.personByEmployeeNo("E999", day("2026-11-24")));
}

TEST_CASE("the matrix table has a row per person and the worst status per required type") {
    Plant plant;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(plant.db);
    const report::CertificateMatrixTable people =
        cert::matrixTable(overview.matrix(day("2026-12-02"), cert::MatrixAxis::People),
                          report::RegisterLanguage::Chinese);
    CHECK(people.headColumns == std::vector<std::string>{"工号", "姓名", "单位"});
    CHECK(people.typeCodes == std::vector<std::string>{"QC-TQM"});
    REQUIRE(people.rows.size() == 2);
    CHECK(people.rows[0].head == std::vector<std::string>{"E001", "张三", "一车间"});
    CHECK(people.rows[0].words == std::vector<std::string>{"renewal-open"});
    CHECK(people.rows[1].words == std::vector<std::string>{"missing"});

    const report::CertificateMatrixTable positions =
        cert::matrixTable(overview.matrix(day("2026-12-02"), cert::MatrixAxis::Positions),
                          report::RegisterLanguage::English);
    REQUIRE(positions.rows.size() == 1);
    CHECK(positions.rows[0].head == std::vector<std::string>{"质检员", "yes"});
    CHECK(positions.rows[0].words == std::vector<std::string>{"missing"});
    CHECK(report::certificateMatrixCsv(positions, report::RegisterLanguage::English) ==
          "\xEF\xBB\xBFPosition,Key position,QC-TQM 全面质量管理上岗证\r\n质检员,yes,Missing\r\n");
}
