// Importing certificate types, positions and requirements into the database
// (cert/cert_file_import.h).
#include <catch2/catch.hpp>

#include <string>

#include "cert/cert_file_import.h"
#include "cert_files_fixture.h"

using tqm::certtest::demoFile;
using tqm::certtest::DemoPlant;
using tqm::certtest::sampleFile;
using Counts = tqm::cert::FileImportCounts;

TEST_CASE("the demo plant's types, positions and requirements are imported with exact counts") {
    DemoPlant plant;
    const auto types =
        tqm::cert::importCertificateTypes(plant.db, demoFile("demo-cert-types.csv"), "t.csv");
    CHECK(types.counts == Counts{9, 0, 0, 0});
    CHECK(types.report.diagnostics.empty());
    // The roster already named six of the ten positions; importing makes them key positions
    // and adds their descriptions.
    const auto positions =
        tqm::cert::importPositions(plant.db, demoFile("demo-positions.csv"), "p.csv");
    CHECK(positions.counts == Counts{4, 6, 0, 0});
    const auto requirements =
        tqm::cert::importRequirements(plant.db, demoFile("demo-requirements.csv"), "r.csv");
    CHECK(requirements.counts == Counts{13, 0, 0, 0});

    CHECK(plant.count("certificate_type") == 9);
    CHECK(plant.rows("SELECT code, issuer_kind, validity_months, review_months, grace_days, "
                     "number_pattern FROM certificate_type WHERE code IN ('INT-QI', 'GOV-WELD') "
                     "ORDER BY code") ==
          "GOV-WELD|government|72|36|0|TQM-{yyyy}-{seq:6};"
          "INT-QI|internal|24|12|15|ZJ-QI-{yyyy}-{seq:4}");
    CHECK(plant.rows("SELECT name, is_key FROM position WHERE name IN ('质量检验员', '班组长', "
                     "'内审员') ORDER BY name") == "内审员|1;班组长|0;质量检验员|1");
    CHECK(plant.rows("SELECT p.name, t.code, r.level, r.days_allowed FROM "
                     "certificate_requirement r JOIN position p ON p.id = r.position_id JOIN "
                     "certificate_type t ON t.id = r.certificate_type_id WHERE p.name = "
                     "'焊接质检员' ORDER BY t.code") ==
          "焊接质检员|GOV-WELD|recommended|90;焊接质检员|INT-QI|mandatory|30;"
          "焊接质检员|INT-WI|mandatory|30");
}

TEST_CASE("importing the same files again changes nothing and counts every row as unchanged") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    CHECK(tqm::cert::importCertificateTypes(plant.db, demoFile("demo-cert-types.csv"), "t.csv")
              .counts == Counts{0, 0, 9, 0});
    CHECK(tqm::cert::importPositions(plant.db, demoFile("demo-positions.csv"), "p.csv").counts ==
          Counts{0, 0, 10, 0});
    CHECK(tqm::cert::importRequirements(plant.db, demoFile("demo-requirements.csv"), "r.csv")
              .counts == Counts{0, 0, 13, 0});
}

TEST_CASE("a row that differs from the stored record updates it") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto types = tqm::cert::importCertificateTypes(
        plant.db, "代码,名称,有效期(月)\nINT-SPC,SPC应用上岗证,36\nNEW-1,新证书,\n", "t.csv");
    CHECK(types.counts == Counts{1, 1, 0, 0});
    CHECK(plant.rows("SELECT validity_months FROM certificate_type WHERE code = 'INT-SPC'") ==
          "36");
    const auto positions =
        tqm::cert::importPositions(plant.db, "岗位,关键岗位\n班组长,是\n内审员,是\n", "p.csv");
    CHECK(positions.counts == Counts{0, 1, 1, 0});
    // The file has no 说明 column: the descriptions stay.
    CHECK(plant.rows("SELECT is_key, description FROM position WHERE name = '班组长'") ==
          "1|班组生产与现场质量管理");
    const auto requirements = tqm::cert::importRequirements(
        plant.db, "岗位,证书类型代码,要求,上岗后期限(天)\n内审员,INT-IA,建议,0\n", "r.csv");
    CHECK(requirements.counts == Counts{0, 1, 0, 0});
    CHECK(plant.rows("SELECT level FROM certificate_requirement r JOIN position p ON p.id = "
                     "r.position_id WHERE p.name = '内审员'") == "recommended");
}

TEST_CASE("a types file whose every row is broken writes nothing and reports every row") {
    DemoPlant plant;
    const auto result =
        tqm::cert::importCertificateTypes(plant.db, sampleFile("types-broken.csv"), "types.csv");
    CHECK(result.counts == Counts{0, 0, 0, 8});
    CHECK(result.report.rejected == 8);
    CHECK(result.report.diagnostics.size() == 12);
    CHECK(tqm::formatDiagnostic(result.report.diagnostics.back()) ==
          "types.csv:9:9: error: unknown-exam: row 9, column \"考试编号\": there is no exam 7; "
          "leave 考试编号 empty or write the number of an existing exam");
    CHECK(plant.count("certificate_type") == 0);
}

TEST_CASE("a file without a column keeps what the database holds in it for known records") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto types = tqm::cert::importCertificateTypes(
        plant.db, "代码,名称\nINT-QI,质量检验员上岗证（新版）\n", "t.csv");
    CHECK(types.counts == Counts{0, 1, 0, 0});
    CHECK(plant.rows("SELECT name, validity_months, review_months, grace_days, number_pattern "
                     "FROM certificate_type WHERE code = 'INT-QI'") ==
          "质量检验员上岗证（新版）|24|12|15|ZJ-QI-{yyyy}-{seq:4}");
    const auto requirements =
        tqm::cert::importRequirements(plant.db, "岗位,证书类型代码\n计量管理员,INT-MET\n", "r.csv");
    CHECK(requirements.counts == Counts{0, 0, 1, 0});
    CHECK(plant.rows("SELECT level, days_allowed FROM certificate_requirement r JOIN position p "
                     "ON p.id = r.position_id WHERE p.name = '计量管理员'") == "mandatory|60");
}

TEST_CASE("requirements naming an unknown position or type are rejected and the rest written") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto result = tqm::cert::importRequirements(
        plant.db, "岗位,证书类型代码\n质量检验员,INT-SPC\n保安,INT-QI\n内审员,INT-XX\n", "r.csv");
    CHECK(result.counts == Counts{1, 0, 0, 2});
    REQUIRE(result.report.diagnostics.size() == 2);
    CHECK(tqm::formatDiagnostic(result.report.diagnostics[0]) ==
          "r.csv:3:1: error: unknown-position: row 3, column \"岗位\": there is no position "
          "\"保安\"; import it in a positions file first or correct the name");
    CHECK(tqm::formatDiagnostic(result.report.diagnostics[1]) ==
          "r.csv:4:2: error: unknown-type-code: row 4, column \"证书类型代码\": there is no "
          "certificate type with the code INT-XX; import it in a certificate types file first "
          "or correct the code");
    CHECK(plant.count("certificate_requirement") == 14);
}
