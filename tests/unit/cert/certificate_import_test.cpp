// Existing certificates from a file: dates as spreadsheets write them, defaults for what is left
// empty, and each refusal within the file reported with its line, column and exact words.
#include <catch2/catch.hpp>

#include "cert/certificate_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::parseDate;
using tqm::certtest::error;
using tqm::certtest::demoFile;
using tqm::certtest::sampleFile;
using namespace tqm::cert;

TEST_CASE("the sample certificates file reads 28 certificates of people on the demo roster") {
    const CertificateFile file =
        readCertificates(demoFile("demo-certificates.csv"), "certificates.csv");
    CHECK(file.report.diagnostics.empty());
    CHECK(file.report.rejected == 0);
    REQUIRE(file.rows.size() == 28);
    const CertificateRow& first = file.rows[0];
    CHECK(first.source == SourceRow{2, 2});
    CHECK(first.employeeNo == "D0005");
    CHECK(first.name == "周海燕");
    CHECK(first.typeCode == "INT-QI");
    CHECK(first.idNumber.empty());
    CHECK(first.certificate.number == "ZJ-QI-2024-0003");
    CHECK(first.certificate.issuedOn == *parseDate("2024-03-15"));
    CHECK(first.certificate.validFrom == *parseDate("2024-03-15"));
    CHECK(first.certificate.validUntil == parseDate("2026-03-14"));
    CHECK(first.certificate.issuer == "本公司质量部");
    CHECK(first.certificate.source == CertificateSource::Imported);
    CHECK(first.certificate.evidenceFile == "QI-2024-0003.pdf");
    CHECK(first.certificate.reviews.empty());
    CHECK(first.certificate.personId == 0);

    const CertificateRow& welder = file.rows[24];
    CHECK(welder.certificate.number == "T320100201907150036");
    CHECK(welder.certificate.issuedOn == *parseDate("2019-07-15"));
    CHECK(welder.idNumber == "320104199306142260");
    CHECK(welder.certificate.evidenceFile == "特种作业证-褚文静.jpg");

    const CertificateRow& reviewed = file.rows[3];
    REQUIRE(reviewed.certificate.reviews.size() == 1);
    CHECK(reviewed.certificate.reviews[0].dueOn == *parseDate("2026-01-10"));
    CHECK_FALSE(reviewed.certificate.reviews[0].doneOn.has_value());

    CHECK_FALSE(file.rows[16].certificate.validUntil.has_value());  // INT-SPC never expires
}

TEST_CASE("a certificate's validity starts on its issue date unless the file says otherwise") {
    const auto file = readCertificates(
        "number,employee_no,certificate_type,issued_on,valid_from,valid_until\n"
        "A-1,E001,QC,2026.01.05,,2027.01.04\n"
        "A-2,E001,QC,2026/1/5,2026-02-01,\n",
        "certificates.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].certificate.validFrom == *parseDate("2026-01-05"));
    CHECK(file.rows[0].certificate.validUntil == parseDate("2027-01-04"));
    CHECK(file.rows[1].certificate.issuedOn == *parseDate("2026-01-05"));
    CHECK(file.rows[1].certificate.validFrom == *parseDate("2026-02-01"));
    CHECK_FALSE(file.rows[1].certificate.validUntil.has_value());
}

TEST_CASE("every bad certificate row is refused with its line, column and reason") {
    const auto file =
        readCertificates(sampleFile("certificates-broken.csv"), "certificates-broken.csv");
    auto e = [](std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        return error("certificates-broken.csv", line, column, std::move(code), std::move(message));
    };
    const std::vector<Diagnostic> expected{
        {"certificates-broken.csv", 1, 12, tqm::Severity::Warning, "unknown-column",
         "column \"备注\" is not a column of a certificates file and is ignored; the columns are "
         "证书编号 (number), 工号 (employee_no), 姓名 (name), 证书类型代码 (certificate_type), "
         "发证日期 (issued_on), 有效期起 (valid_from), 有效期至 (valid_until), 发证机构 (issuer), "
         "下次复审 (next_review), 证据文件 (evidence_file), 身份证号 (id_number)"},
        e(3, 1, "duplicate-certificate-number",
          "row 3, column \"证书编号\": the certificate number (证书编号) ZJ-QI-2024-0004 is in "
          "rows "
          "3 and 7; none of them is imported until only one is left"),
        e(4, 2, "space-in-key",
          "row 4, column \"工号\": the 工号 \"D 0014\" contains a space or a control character"),
        e(5, 5, "bad-date",
          "row 5, column \"发证日期\": \"2025-13-10\" is not a date; write dates as 2026-11-24 (or "
          "2026/11/24)"),
        e(6, 7, "valid-until-before-valid-from",
          "row 6, column \"有效期至\": the end of validity 2023-11-01 is before the start of "
          "validity 2023-11-02"),
        e(7, 1, "duplicate-certificate-number",
          "row 7, column \"证书编号\": the certificate number (证书编号) ZJ-QI-2024-0004 is in "
          "rows "
          "3 and 7; none of them is imported until only one is left"),
        e(8, 1, "missing-value",
          "row 8, column \"证书编号\": the certificate number (证书编号) is empty"),
        e(9, 4, "missing-value",
          "row 9, column \"证书类型代码\": the certificate type code (证书类型代码) is empty"),
        e(9, 5, "missing-value", "row 9, column \"发证日期\": the issue date (发证日期) is empty"),
        e(10, 9, "review-before-issue",
          "row 10, column \"下次复审\": the next review 2025-01-01 is before the issue date "
          "2025-04-14"),
    };
    CHECK(file.report.diagnostics == expected);
    CHECK(file.report.rejected == 8);
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].certificate.number == "ZJ-QI-2024-0003");
    CHECK(file.rows[1].employeeNo == "D0999");
    CHECK(file.rows[2].certificate.number == "ZJ-SPC-2023-0004");
    REQUIRE(file.report.details.size() == expected.size());
    CHECK(file.report.details[1] == ImportProblemDetail{3, "证书编号", "ZJ-QI-2024-0004", {3, 7}});
    CHECK(file.report.details[4] == ImportProblemDetail{6, "有效期至", "2023-11-01", {}});
}

// 证 in GBK (D6 A4) happens to be a valid UTF-8 character; the next one is not.
TEST_CASE("a GBK certificates file is refused with the way to save it as UTF-8") {
    const auto file = readCertificates(sampleFile("certificates-gbk.csv"), "certificates-gbk.csv");
    CHECK(file.report.diagnostics ==
          std::vector<Diagnostic>{error(
              "certificates-gbk.csv", 1, 2, "not-utf8",
              "the file is not UTF-8 (byte 0xCA starts no UTF-8 character) and looks "
              "GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > OUT` or in Excel choose "
              "另存为 (Save As) \"CSV UTF-8\"")});
    CHECK(file.rows.empty());
}
