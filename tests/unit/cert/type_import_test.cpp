// Certificate types from a file: every rule of a type read from its columns, and each refusal
// reported with its line, column and exact words.
#include <catch2/catch.hpp>

#include "cert/type_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::certtest::error;
using tqm::certtest::demoFile;
using tqm::certtest::sampleFile;
using namespace tqm::cert;

TEST_CASE("the sample certificate types file reads every type with its rules") {
    const CertificateTypeFile file = readCertificateTypes(demoFile("demo-cert-types.csv"), "types.csv");
    CHECK(file.report.diagnostics.empty());
    CHECK(file.report.rejected == 0);
    REQUIRE(file.rows.size() == 9);
    CHECK(file.rows[0] ==
          CertificateTypeRow{{2, 2},
                             {0, "INT-QI", "质量检验员上岗证", IssuerKind::Internal, "本公司质量部",
                              24, 12, 60, 15, std::nullopt, "ZJ-QI-{yyyy}-{seq:4}"}});
    const CertificateType& spc = file.rows[4].type;
    CHECK(spc.code == "INT-SPC");
    CHECK_FALSE(spc.validityMonths.has_value());
    CHECK_FALSE(spc.reviewMonths.has_value());
    const CertificateType& manager = file.rows[5].type;
    CHECK(manager.code == "CAQ-QM");
    CHECK(manager.issuerKind == IssuerKind::Caq);
    CHECK(manager.numberPattern == "TQM-{yyyy}-{seq:6}");
    const CertificateType& welding = file.rows[8].type;
    CHECK(welding.name == "特种作业操作证（焊接与热切割作业）");
    CHECK(welding.issuerKind == IssuerKind::Government);
    CHECK(welding.validityMonths == 72);
    CHECK(welding.reviewMonths == 36);
}

TEST_CASE("English headers in any case and spacing read the same as the Chinese ones") {
    const auto file = readCertificateTypes(
        "Code,Name,Issuer Kind,validity-months,GRACE_DAYS,exam_id\nQC-1,QC推进者,Other,12,7,3\n",
        "types.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 1);
    const CertificateType& type = file.rows[0].type;
    CHECK(type.code == "QC-1");
    CHECK(type.issuerKind == IssuerKind::Other);
    CHECK(type.validityMonths == 12);
    CHECK(type.graceDays == 7);
    CHECK(type.renewalWindowDays == 0);
    CHECK(type.examId == 3);
}

TEST_CASE("a type without an issuer kind is the plant's own and full-width cells are read") {
    const auto file =
        readCertificateTypes("代码,名称,有效期（月）\nＩＮＴ-１,内部证书,２４\n", "types.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].type.code == "INT-1");
    CHECK(file.rows[0].type.issuerKind == IssuerKind::Internal);
    CHECK(file.rows[0].type.validityMonths == 24);
}

TEST_CASE("every bad certificate type row is refused with its line, column and reason") {
    const auto file = readCertificateTypes(sampleFile("types-broken.csv"), "types-broken.csv");
    auto e = [](std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        return error("types-broken.csv", line, column, std::move(code), std::move(message));
    };
    const std::vector<Diagnostic> expected{
        e(2, 1, "duplicate-code",
          "row 2, column \"代码\": the code (代码) INT-QI is in rows 2 and 6; none of them is "
          "imported until only one is left"),
        e(3, 3, "unknown-issuer-kind",
          "row 3, column \"发证机构类型\": \"协会\" is not an issuer kind; write 内部, "
          "中国质量协会, "
          "政府部门 or 其他 (internal, caq, government, other)"),
        e(3, 5, "bad-number", "row 3, column \"有效期(月)\": \"十二\" is not a whole number"),
        e(4, 5, "number-too-small",
          "row 4, column \"有效期(月)\": 0 is too small; it must be at least 1"),
        e(4, 8, "number-too-small",
          "row 4, column \"宽限天数\": -5 is too small; it must be at least 0"),
        e(5, 2, "missing-value", "row 5, column \"名称\": the name (名称) is empty"),
        e(5, 9, "bad-id", "row 5, column \"考试编号\": \"abc\" is not a positive whole number"),
        e(6, 1, "duplicate-code",
          "row 6, column \"代码\": the code (代码) INT-QI is in rows 2 and 6; none of them is "
          "imported until only one is left"),
        e(7, 7, "number-too-large",
          "row 7, column \"续证提前天数\": 99999999999 is too large; it must be at most 3650"),
        e(7, 8, "number-too-large",
          "row 7, column \"宽限天数\": 5000 is too large; it must be at most 3650"),
        e(8, 1, "space-in-key",
          "row 8, column \"代码\": the code (代码) \"INT SPC\" contains a space or a control "
          "character"),
    };
    CHECK(file.report.diagnostics == expected);
    CHECK(file.report.rejected == 7);
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].source == SourceRow{9, 9});
    CHECK(file.rows[0].type.code == "CAQ-SSBB");
    CHECK(file.rows[0].type.examId == 7);
    REQUIRE(file.report.details.size() == expected.size());
    CHECK(file.report.details[0] == ImportProblemDetail{2, "代码", "INT-QI", {2, 6}});
    CHECK(file.report.details[2] == ImportProblemDetail{3, "有效期(月)", "十二", {}});
}
