// The rows of the certificate register as of a day (cert/register_rows.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cert/register_rows.h"

using tqm::Date;
using tqm::cert::CertificateBook;
using tqm::cert::CertificateBookIndex;
using tqm::cert::RegisterFilter;
using tqm::cert::Status;

namespace {

Date day(const char* text) {
    return *tqm::parseDate(text);
}

// Two people of two units. 张三 holds 质检员 and 焊工 since 2026-01-01: both require 焊接证
// (mandatory), which he lacks; 质检员 requires 质检证, which he holds, and recommends 内审证.
// 李四 (质检员 since 2026-11-20, 30 days allowed) holds a revoked 质检证 and nothing else.
CertificateBook smallPlant() {
    CertificateBook book;
    book.people = {{1, "E001", "张三", "一车间", "质检科"}, {2, "E002", "李四", "二车间", ""}};
    book.positions = {{10, "质检员", true, ""}, {11, "焊工", true, ""}};
    book.assignments = {{100, 1, 10, day("2026-01-01"), std::nullopt},
                        {101, 1, 11, day("2026-01-01"), std::nullopt},
                        {102, 2, 10, day("2026-11-20"), std::nullopt}};
    tqm::cert::CertificateType qc;
    qc.id = 20;
    qc.code = "QC";
    qc.name = "质检证";
    qc.validityMonths = 24;
    qc.reviewMonths = 12;
    qc.renewalWindowDays = 60;
    tqm::cert::CertificateType weld = qc;
    weld.id = 21;
    weld.code = "WELD";
    weld.name = "焊接证";
    tqm::cert::CertificateType audit = qc;
    audit.id = 22;
    audit.code = "IA";
    audit.name = "内审证";
    book.types = {qc, weld, audit};
    using tqm::cert::RequirementLevel;
    book.requirements = {{10, 20, RequirementLevel::Mandatory, 30},
                         {10, 21, RequirementLevel::Mandatory, 30},
                         {10, 22, RequirementLevel::Recommended, 0},
                         {11, 21, RequirementLevel::Mandatory, 30}};
    tqm::cert::Certificate held;
    held.id = 1000;
    held.number = "QC-0001";
    held.personId = 1;
    held.certificateTypeId = 20;
    held.issuedOn = held.validFrom = day("2026-03-01");
    held.validUntil = day("2028-02-29");
    tqm::cert::Certificate revoked = held;
    revoked.id = 1001;
    revoked.number = "QC-0002";
    revoked.personId = 2;
    revoked.revokedOn = day("2026-10-01");
    revoked.revokedReason = "弄虚作假";
    book.certificates = {held, revoked};
    return book;
}

std::vector<std::string> describe(const std::vector<tqm::report::CertificateRegisterRow>& rows) {
    std::vector<std::string> lines;
    for (const auto& row : rows) {
        std::string positions;
        for (const auto& position : row.positions)
            positions += (positions.empty() ? "" : "+") + position;
        lines.push_back(row.number + "|" + row.employeeNo + "|" + row.name + "|" + row.unit + "|" +
                        positions + "|" + row.typeName + "|" +
                        (row.issuedOn ? tqm::formatDate(*row.issuedOn) : "") + "|" +
                        (row.validUntil ? tqm::formatDate(*row.validUntil) : "") + "|" +
                        (row.nextReview ? tqm::formatDate(*row.nextReview) : "") + "|" +
                        row.status + "|" + row.idNumber);
    }
    return lines;
}

}  // namespace

TEST_CASE("the register has a row per certificate and one per person and missing mandatory type") {
    const CertificateBook book = smallPlant();
    const CertificateBookIndex index(book);
    CHECK(describe(registerRows(index, day("2026-11-24"))) ==
          std::vector<std::string>{
              "QC-0001|E001|张三|一车间|焊工+质检员|质检证|2026-03-01|2028-02-29|2027-03-01|valid|",
              "|E001|张三|一车间|焊工+质检员|焊接证||||missing|",
              "QC-0002|E002|李四|二车间|质检员|质检证|2026-03-01|2028-02-29|2027-03-01|revoked|"});
}

TEST_CASE("a type still within the days allowed after assignment has no missing row") {
    const CertificateBook book = smallPlant();
    const CertificateBookIndex index(book);
    // 李四 has held 质检员 for four days of his thirty: 焊接证 is not yet required.
    const auto rows = registerRows(index, day("2026-11-24"),
                                   {std::nullopt, std::nullopt, std::string("WELD"), std::nullopt});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].employeeNo == "E001");
    // From the thirty-first day on, it is missing.
    CHECK(registerRows(index, day("2026-12-20"),
                       {std::nullopt, std::nullopt, std::string("WELD"), std::nullopt})
              .size() == 2);
}

TEST_CASE("the register's filters by unit, position, type and status each narrow the rows") {
    const CertificateBook book = smallPlant();
    const CertificateBookIndex index(book);
    const Date today = day("2026-11-24");
    RegisterFilter unit;
    unit.unit = "二车间";
    CHECK(describe(registerRows(index, today, unit)).size() == 1);
    RegisterFilter position;
    position.position = "焊工";
    CHECK(describe(registerRows(index, today, position)).size() == 2);
    RegisterFilter type;
    type.typeCode = "QC";
    CHECK(describe(registerRows(index, today, type)).size() == 2);
    RegisterFilter status;
    status.status = Status::Missing;
    CHECK(describe(registerRows(index, today, status)) ==
          std::vector<std::string>{"|E001|张三|一车间|焊工+质检员|焊接证||||missing|"});
    RegisterFilter none;
    none.unit = "三车间";
    CHECK(registerRows(index, today, none).empty());
}

TEST_CASE("the ID-number lookup fills each row's column") {
    const CertificateBook book = smallPlant();
    const CertificateBookIndex index(book);
    const auto rows = registerRows(index, day("2026-11-24"), {}, [](std::int64_t personId) {
        return personId == 1 ? std::string("110101********1233") : std::string();
    });
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].idNumber == "110101********1233");
    CHECK(rows[1].idNumber == "110101********1233");
    CHECK(rows[2].idNumber.empty());
}
