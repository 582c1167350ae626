// Importing the certificates people already hold (cert/certificate_file_import.h).
#include <catch2/catch.hpp>

#include <string>

#include "cert/certificate_file_import.h"
#include "cert/id_number.h"
#include "cert_files_fixture.h"
#include "store/id_number_repository.h"
#include "store/people_repository.h"

using tqm::certtest::demoFile;
using tqm::certtest::DemoPlant;
using Counts = tqm::cert::FileImportCounts;

namespace {

constexpr const char* kHeader =
    "证书编号,工号,姓名,证书类型代码,发证日期,有效期至,下次复审,身份证号\n";

tqm::cert::FileImportResult importText(DemoPlant& plant, const std::string& rows) {
    return tqm::cert::importCertificates(plant.db, *plant.keys, kHeader + rows, "c.csv");
}

std::string sealedNumberOf(DemoPlant& plant, const std::string& employeeNo) {
    const auto person = tqm::store::PeopleRepository(plant.db).findByEmployeeNo(employeeNo);
    const auto sealed = tqm::store::IdNumberRepository(plant.db).sealedIdNumber(person->id);
    if (!sealed) return "";
    const auto opened = tqm::cert::openIdNumber(
        std::string_view(reinterpret_cast<const char*>(sealed->data()), sealed->size()),
        *plant.keys->sealKey().key);
    return opened.idNumber;
}

}  // namespace

TEST_CASE("the demo certificates are imported with their reviews, sealed ID numbers and no code") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto result = tqm::cert::importCertificates(
        plant.db, *plant.keys, demoFile("demo-certificates.csv"), "demo-certificates.csv");
    CHECK(result.counts == Counts{28, 0, 0, 0});
    CHECK(result.report.diagnostics.empty());

    CHECK(plant.count("certificate") == 28);
    CHECK(plant.rows("SELECT DISTINCT source, verification_code FROM certificate") == "imported|");
    CHECK(plant.rows("SELECT c.number, r.due_on, r.done_on FROM certificate_review r JOIN "
                     "certificate c ON c.id = r.certificate_id ORDER BY c.number") ==
          "T320100202405200087|2027-05-20|NULL;ZJ-MET-2025-0005|2026-04-14|NULL;"
          "ZJ-QI-2024-0020|2025-09-01|NULL;ZJ-QI-2025-0002|2026-01-10|NULL;"
          "ZJ-QI-2025-0009|2026-05-08|NULL;ZJ-QI-2025-0014|2026-07-01|NULL");
    CHECK(plant.rows("SELECT employee_no, id_number_masked FROM person WHERE id_number_masked "
                     "<> '' ORDER BY employee_no") ==
          "D0011|320104********2260;D0014|320102********2150;D0020|320102********3175;"
          "D0033|320105********1340");
    // The full number is only ever stored sealed, and opens with the workstation's key.
    CHECK(plant.count("person WHERE CAST(id_number_sealed AS TEXT) LIKE '%320102198804122150%'") ==
          0);
    CHECK(sealedNumberOf(plant, "D0014") == "320102198804122150");
    CHECK(plant.rows("SELECT valid_from, valid_until, issuer, evidence_file FROM certificate "
                     "WHERE number = 'T320100201907150036'") ==
          "2019-07-15|2025-07-14|市应急管理局|特种作业证-褚文静.jpg");
}

TEST_CASE("importing the same certificates again counts them unchanged and adds nothing") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto again = tqm::cert::importCertificates(
        plant.db, *plant.keys, demoFile("demo-certificates.csv"), "demo-certificates.csv");
    CHECK(again.counts == Counts{0, 0, 28, 0});
    CHECK(again.report.diagnostics.empty());
    CHECK(plant.count("certificate") == 28);
    CHECK(plant.count("certificate_review") == 6);
}

TEST_CASE("a stored certificate number with other details is an error and the stored one stays") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto result =
        importText(plant, "ZJ-QI-2024-0003,D0005,周海燕,INT-QI,2024-03-15,2027-03-14,,\n");
    CHECK(result.counts == Counts{0, 0, 0, 1});
    REQUIRE(result.report.diagnostics.size() == 1);
    CHECK(tqm::formatDiagnostic(result.report.diagnostics[0]) ==
          "c.csv:2:1: error: certificate-number-exists: row 2, column \"证书编号\": the "
          "certificate number (证书编号) ZJ-QI-2024-0003 is already in the database; it is not "
          "imported again");
    CHECK(plant.rows("SELECT valid_until FROM certificate WHERE number = 'ZJ-QI-2024-0003'") ==
          "2026-03-14");
}

TEST_CASE("a bad 身份证号 rejects its row with line and column; the other rows are imported") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto result =
        importText(plant,
                   "N-1,D0001,赵明远,INT-QI,2026-01-05,2028-01-04,,110101199003071234\n"
                   "N-2,D0002,钱晓峰,INT-QI,2026-01-05,2028-01-04,,\n");
    CHECK(result.counts == Counts{1, 0, 0, 1});
    REQUIRE(result.report.diagnostics.size() == 1);
    const tqm::Diagnostic& problem = result.report.diagnostics[0];
    CHECK(problem.line == 2);
    CHECK(problem.column == 8);
    CHECK(problem.code == "id-bad-check-character");
    CHECK(plant.rows("SELECT number FROM certificate") == "N-2");
    CHECK(plant.rows("SELECT id_number_masked FROM person WHERE employee_no = 'D0001'") == "");
}

TEST_CASE("a 身份证号 differing from the one stored for the person is refused, never replaced") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto result =
        importText(plant,
                   "N-1,D0014,沈立新,INT-QI,2026-01-05,2028-01-04,,110101199003071233\n"
                   "N-2,D0014,沈立新,INT-MET,2026-01-05,2028-01-04,,320102198804122150\n");
    CHECK(result.counts == Counts{1, 0, 0, 1});
    REQUIRE(result.report.diagnostics.size() == 1);
    CHECK(tqm::formatDiagnostic(result.report.diagnostics[0]) ==
          "c.csv:2:8: error: id-number-differs: row 2, column \"身份证号\": the 工号 D0014 "
          "already has another 身份证号 in the database; correct the file, or change the "
          "person's record first");
    CHECK(plant.rows("SELECT number FROM certificate WHERE number LIKE 'N-%'") == "N-2");
    CHECK(sealedNumberOf(plant, "D0014") == "320102198804122150");
}

TEST_CASE("a 姓名 differing from the roster is a warning and the certificate is imported") {
    DemoPlant plant;
    plant.importDemoFiles(false);
    const auto result = importText(plant, "N-1,D0001,赵明,INT-QI,2026-01-05,,,\n");
    CHECK(result.counts == Counts{1, 0, 0, 0});
    REQUIRE(result.report.diagnostics.size() == 1);
    CHECK(tqm::formatDiagnostic(result.report.diagnostics[0]) ==
          "c.csv:2:3: warning: name-differs: row 2, column \"姓名\": the roster names the 工号 "
          "D0001 赵明远, not 赵明; the certificate is imported for 赵明远");
}
