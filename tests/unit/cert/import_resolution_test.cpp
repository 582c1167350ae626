// Resolving file rows against what the database holds: ids filled in, and rows naming a person,
// position or type the database does not know, or a number it already has, refused by row.
#include <catch2/catch.hpp>

#include "cert/import_resolution.h"
#include "cert/roster_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::certtest::error;
using tqm::certtest::demoFile;
using tqm::certtest::sampleFile;
using namespace tqm::cert;

namespace {

// The demo roster's people get ids 1, 2, ... in file order, as a fresh database gives them.
KnownRecords demoPlant() {
    KnownRecords known;
    std::ifstream in(std::filesystem::path(TQM_SOURCE_DIR) / "content" / "demo-roster.csv",
                     std::ios::binary);
    const std::string roster((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    std::int64_t id = 0;
    for (const auto& person : readRoster(roster, "demo-roster.csv").people)
        known.personIds[person.employeeNo] = ++id;
    id = 0;
    for (const auto& row : readCertificateTypes(demoFile("demo-cert-types.csv"), "types.csv").rows)
        known.typeIds[row.type.code] = ++id;
    id = 0;
    for (const auto& row : readPositions(demoFile("demo-positions.csv"), "positions.csv").rows)
        known.positionIds[row.position.name] = ++id;
    return known;
}

}  // namespace

TEST_CASE("the sample files resolve against the demo plant without a single problem") {
    const KnownRecords known = demoPlant();
    REQUIRE(known.personIds.size() == 36);
    const auto certificates =
        resolveCertificates(readCertificates(demoFile("demo-certificates.csv"), "c.csv"), known);
    CHECK(certificates.report.diagnostics.empty());
    REQUIRE(certificates.rows.size() == 28);
    CHECK(certificates.rows[0].certificate.personId == 5);            // D0005
    CHECK(certificates.rows[0].certificate.certificateTypeId == 1);   // INT-QI
    CHECK(certificates.rows[27].certificate.personId == 14);          // D0014
    CHECK(certificates.rows[27].certificate.certificateTypeId == 9);  // GOV-WELD

    const auto requirements =
        resolveRequirements(readRequirements(demoFile("demo-requirements.csv"), "r.csv"), known);
    CHECK(requirements.report.diagnostics.empty());
    REQUIRE(requirements.rows.size() == 13);
    CHECK(requirements.rows[2].requirement ==
          Requirement{2, 1, RequirementLevel::Mandatory, 30});  // 焊接质检员 needs INT-QI
}

TEST_CASE("types and positions already in the database are updated, new ones added") {
    KnownRecords known;
    known.typeIds = {{"INT-QI", 41}};
    known.positionIds = {{"内审员", 7}};
    const auto types = resolveCertificateTypes(
        readCertificateTypes("代码,名称\nINT-QI,质量检验员上岗证\nINT-NEW,新证书\n", "t.csv"),
        known);
    CHECK(types.report.diagnostics.empty());
    REQUIRE(types.rows.size() == 2);
    CHECK(types.rows[0].type.id == 41);
    CHECK(types.rows[1].type.id == 0);
    const auto positions =
        resolvePositions(readPositions("岗位,关键岗位\n内审员,是\n仓管员,否\n", "p.csv"), known);
    REQUIRE(positions.rows.size() == 2);
    CHECK(positions.rows[0].position.id == 7);
    CHECK(positions.rows[1].position.id == 0);
}

TEST_CASE("a type whose exam is not in the database is refused when exams are known") {
    KnownRecords known;
    const std::string csv = "代码,名称,考试编号\nA,甲,7\nB,乙,2\nC,丙,\n";
    SECTION("exams known: 7 is not one of them") {
        known.examIds = std::set<std::int64_t>{1, 2};
        const auto types = resolveCertificateTypes(readCertificateTypes(csv, "t.csv"), known);
        CHECK(types.report.diagnostics ==
              std::vector<Diagnostic>{error(
                  "t.csv", 2, 3, "unknown-exam",
                  "row 2, column \"考试编号\": there is no exam 7; leave 考试编号 empty or write "
                  "the number of an existing exam")});
        CHECK(types.report.rejected == 1);
        REQUIRE(types.rows.size() == 2);
        CHECK(types.rows[0].type.code == "B");
    }
    SECTION("exams not given: not checked") {
        const auto types = resolveCertificateTypes(readCertificateTypes(csv, "t.csv"), known);
        CHECK(types.report.diagnostics.empty());
        CHECK(types.rows.size() == 3);
    }
}

TEST_CASE("requirements naming an unknown position or type code are refused by row") {
    const auto file = resolveRequirements(
        readRequirements(sampleFile("requirements-broken.csv"), "requirements-broken.csv"),
        demoPlant());
    REQUIRE(file.report.diagnostics.size() == 7);
    CHECK(file.report.diagnostics[5] ==
          error("requirements-broken.csv", 8, 1, "unknown-position",
                "row 8, column \"岗位\": there is no position \"保安\"; import it in a positions "
                "file first or correct the name"));
    CHECK(file.report.diagnostics[6] ==
          error("requirements-broken.csv", 9, 2, "unknown-type-code",
                "row 9, column \"证书类型代码\": there is no certificate type with the code "
                "INT-XX; import it in a certificate types file first or correct the code"));
    CHECK(file.report.details[5] == ImportProblemDetail{8, "岗位", "保安", {}});
    CHECK(file.report.rejected == 7);
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].requirement == Requirement{1, 1, RequirementLevel::Mandatory, 30});
}

TEST_CASE("certificates of unknown people or types, or numbers already held, are refused by row") {
    KnownRecords known = demoPlant();
    known.certificateNumbers = {"ZJ-SPC-2023-0004"};
    const auto file = resolveCertificates(
        readCertificates(sampleFile("certificates-broken.csv"), "certificates-broken.csv"), known);
    REQUIRE(file.report.diagnostics.size() == 13);
    auto e = [](std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        return error("certificates-broken.csv", line, column, std::move(code), std::move(message));
    };
    CHECK(file.report.diagnostics[10] ==
          e(11, 2, "unknown-employee-no",
            "row 11, column \"工号\": there is no person with the 工号 D0999 in the roster; import "
            "the roster first or correct the 工号"));
    CHECK(file.report.diagnostics[11] ==
          e(11, 4, "unknown-type-code",
            "row 11, column \"证书类型代码\": there is no certificate type with the code NO-SUCH; "
            "import it in a certificate types file first or correct the code"));
    CHECK(file.report.diagnostics[12] ==
          e(12, 1, "certificate-number-exists",
            "row 12, column \"证书编号\": the certificate number (证书编号) ZJ-SPC-2023-0004 is "
            "already in the database; it is not imported again"));
    CHECK(file.report.details[12] == ImportProblemDetail{12, "证书编号", "ZJ-SPC-2023-0004", {}});
    CHECK(file.report.rejected == 10);
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].certificate.number == "ZJ-QI-2024-0003");
    CHECK(file.rows[0].certificate.personId == 5);
    CHECK(file.rows[0].certificate.certificateTypeId == 1);
}
