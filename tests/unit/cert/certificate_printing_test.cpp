// Printing certificates chosen by number, and handing out the public key
// (cert/certificate_printing.h, cert/public_key_export.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "admin/public_key_file.h"
#include "cert/certificate_printing.h"
#include "cert/public_key_export.h"
#include "cert_files_fixture.h"
#include "store/certificate_repository.h"

using tqm::certtest::DemoPlant;

namespace {

std::size_t pagesOf(const std::string& pdf) {
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
         at = pdf.find("/Type /Page", at + 1))
        if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
    return pages;
}

}  // namespace

TEST_CASE("a certificate prints with its holder, type, dates, issuer and the institution") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto book = tqm::store::CertificateRepository(plant.db).loadBook();
    const std::vector<std::string> numbers{"ZJ-SPC-2024-0002", "NO-SUCH", "ZJ-QI-2024-0011"};
    const auto selection = tqm::cert::certificatePrints(tqm::cert::CertificateBookIndex(book),
                                                        numbers, "某某机械有限公司");
    CHECK(selection.unknownNumbers == std::vector<std::string>{"NO-SUCH"});
    REQUIRE(selection.certificates.size() == 2);
    const auto& spc = selection.certificates[0];
    CHECK(spc.institution == "某某机械有限公司");
    CHECK(spc.holderName == "韩佳琪");
    CHECK(spc.employeeNo == "D0015");
    CHECK(spc.unit == "焊接车间");
    CHECK(spc.typeName == "SPC应用上岗证");
    CHECK(spc.number == "ZJ-SPC-2024-0002");
    CHECK(tqm::formatDate(spc.issuedOn) == "2024-11-11");
    CHECK_FALSE(spc.validUntil);
    CHECK(spc.issuer == "本公司质量部");
    // Imported certificates carry no code of this workstation.
    CHECK(spc.verificationCode.empty());
    CHECK(selection.certificates[1].holderName == "沈立新");
}

TEST_CASE("printing writes one A4 page per certificate, and nothing when a number is unknown") {
    DemoPlant plant;
    plant.importDemoFiles();
    const tqm::storetest::TempFolder folder;
    const std::vector<std::string> two{"ZJ-QI-2024-0003", "CAQ-QM-2023-01857"};
    const auto printed = tqm::cert::printCertificates(plant.db, two, "", folder / "two.pdf");
    REQUIRE_FALSE(printed.problem);
    CHECK(printed.pages == 2);
    const std::string pdf = tqm::certtest::readWhole(folder / "two.pdf");
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pagesOf(pdf) == 2);

    const std::vector<std::string> unknown{"ZJ-QI-2024-0003", "X-1", "X-2"};
    const auto refused = tqm::cert::printCertificates(plant.db, unknown, "", folder / "no.pdf");
    REQUIRE(refused.problem);
    CHECK(refused.problem->code == "unknown-number");
    CHECK(refused.problem->message ==
          "no certificate has the number X-1, X-2; nothing was printed");
    CHECK_FALSE(std::filesystem::exists(folder / "no.pdf"));
}

TEST_CASE("exporting the public key writes the key file and one audit entry with its key id") {
    DemoPlant plant;
    const tqm::storetest::TempFolder folder;
    const auto result = tqm::cert::exportPublicKeyLogged(*plant.keys, plant.db, folder / "k.pub");
    REQUIRE_FALSE(result.problem);
    const auto read = tqm::admin::readPublicKeyFile(folder / "k.pub");
    REQUIRE(read.key);
    CHECK(*read.key == plant.keys->signingKeys().key->publicKey());
    CHECK(plant.rows("SELECT action, subject, detail FROM audit_log") ==
          "export-public-key|" + (folder / "k.pub").string() + "|key-id " +
              tqm::admin::keyIdHex(tqm::admin::keyIdOf(*read.key)));
}
