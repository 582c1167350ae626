// Choosing the certificates to print (cert/print_choice.h), on the demo plant as of 2026-02-20.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cert/print_choice.h"
#include "cert_book_builder.h"
#include "cert_files_fixture.h"
#include "store/certificate_repository.h"

using tqm::certtest::DemoPlant;
using Numbers = std::vector<std::string>;

namespace {

std::int64_t personIdOf(const tqm::cert::CertificateBook& book, const std::string& employeeNo) {
    for (const auto& person : book.people)
        if (person.employeeNo == employeeNo) return person.id;
    FAIL("no person " << employeeNo);
    return 0;
}

std::int64_t typeIdOf(const tqm::cert::CertificateBook& book, const std::string& code) {
    for (const auto& type : book.types)
        if (type.code == code) return type.id;
    FAIL("no type " << code);
    return 0;
}

}  // namespace

TEST_CASE("a person's certificates to print are those still counting on the day") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto book = tqm::store::CertificateRepository(plant.db).loadBook();
    const tqm::cert::CertificateBookIndex index(book);
    const tqm::Date day = cert_test::day("2026-02-20");
    // 沈立新 holds three: INT-QI lapsed by the review missed in 2025, GOV-WELD by the one missed
    // in 2023; INT-WI runs to 2026-03-02 and is inside its renewal window.
    CHECK(tqm::cert::personNumbersInForce(index, personIdOf(book, "D0014"), day) ==
          Numbers{"ZJ-WI-2025-0001"});
    // The day before INT-WI was issued, his INT-QI still counted: its first review was due
    // only in June.
    CHECK(tqm::cert::personNumbersInForce(index, personIdOf(book, "D0014"),
                                          cert_test::day("2025-03-02")) ==
          Numbers{"ZJ-QI-2024-0011"});
    // 杨振华's black belt and open-ended SPC card, by type code.
    CHECK(tqm::cert::personNumbersInForce(index, personIdOf(book, "D0016"), day) ==
          Numbers{"CAQ-BB-2024-00642", "ZJ-SPC-2023-0004"});
}

TEST_CASE("a type's certificates to print are every one still counting, by the holder's 工号") {
    DemoPlant plant;
    plant.importDemoFiles();
    const auto book = tqm::store::CertificateRepository(plant.db).loadBook();
    const tqm::cert::CertificateBookIndex index(book);
    const tqm::Date day = cert_test::day("2026-02-20");
    CHECK(tqm::cert::typeNumbersInForce(index, typeIdOf(book, "INT-SPC"), day) ==
          Numbers{"ZJ-SPC-2024-0002", "ZJ-SPC-2023-0004", "ZJ-SPC-2025-0001"});
    // Of nine INT-QI certificates only 卫国栋's and 金思彤's are not expired by a missed review
    // or their end.
    CHECK(tqm::cert::typeNumbersInForce(index, typeIdOf(book, "INT-QI"), day) ==
          Numbers{"ZJ-QI-2025-0014", "ZJ-QI-2025-0009"});
    const auto counts = tqm::cert::countInForceByType(index, day);
    CHECK(counts.at(typeIdOf(book, "INT-SPC")) == 3);
    CHECK(counts.at(typeIdOf(book, "INT-QI")) == 2);
}

TEST_CASE("typed certificate numbers are split at spaces, lines, commas, semicolons and 、") {
    CHECK(tqm::cert::parseCertificateNumbers("ZJ-QI-2025-0014\r\nZJ-QI-2025-0009\tA-1") ==
          Numbers{"ZJ-QI-2025-0014", "ZJ-QI-2025-0009", "A-1"});
    CHECK(tqm::cert::parseCertificateNumbers(" A-1, B-2;C-3 ") == Numbers{"A-1", "B-2", "C-3"});
    CHECK(tqm::cert::parseCertificateNumbers("A-1，B-2、C-3；D-4\u3000E-5") ==
          Numbers{"A-1", "B-2", "C-3", "D-4", "E-5"});
    SECTION("a number given twice is printed once, where it first appeared") {
        CHECK(tqm::cert::parseCertificateNumbers("B-2 A-1 B-2") == Numbers{"B-2", "A-1"});
    }
    SECTION("nothing but separators gives no number") {
        CHECK(tqm::cert::parseCertificateNumbers(" ,\n；") == Numbers{});
    }
}
