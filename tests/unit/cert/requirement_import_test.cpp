// Requirements from a file: position and type named as people write them, mandatory unless said
// otherwise, each refusal exact.
#include <catch2/catch.hpp>

#include "cert/requirement_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::certtest::error;
using tqm::certtest::demoFile;
using tqm::certtest::sampleFile;
using namespace tqm::cert;

TEST_CASE("the sample requirements file reads thirteen requirements keyed by name and code") {
    const RequirementFile file =
        readRequirements(demoFile("demo-requirements.csv"), "requirements.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 13);
    CHECK(file.rows[0] ==
          RequirementRow{{2, 2}, "质量检验员", "INT-QI", {0, 0, RequirementLevel::Mandatory, 30}});
    CHECK(file.rows[3].requirement.level == RequirementLevel::Recommended);
    CHECK(file.rows[11].positionName == "班组长");
    CHECK(file.rows[11].requirement.daysAllowed == 0);
}

TEST_CASE("a requirement without a level is mandatory and English words are read") {
    const auto file = readRequirements(
        "position,certificate_type,level\n质量检验员,INT-QI,\n班组长,INT-QI,Recommended\n",
        "requirements.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].requirement.level == RequirementLevel::Mandatory);
    CHECK(file.rows[1].requirement.level == RequirementLevel::Recommended);
}

TEST_CASE("every bad requirement row is refused with its line, column and reason") {
    const auto file =
        readRequirements(sampleFile("requirements-broken.csv"), "requirements-broken.csv");
    auto e = [](std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        return error("requirements-broken.csv", line, column, std::move(code), std::move(message));
    };
    const std::vector<Diagnostic> expected{
        e(3, 3, "unknown-requirement-level",
          "row 3, column \"要求\": \"可选\" is not a requirement; write 必需 or 建议 (mandatory, "
          "recommended)"),
        e(4, 4, "bad-number", "row 4, column \"上岗后期限(天)\": \"三十\" is not a whole number"),
        e(5, 4, "number-too-small",
          "row 5, column \"上岗后期限(天)\": -1 is too small; it must be at least 0"),
        e(6, 1, "duplicate-requirement",
          "row 6, column \"岗位\": the requirement (岗位 / 证书类型代码) 质量经理 / CAQ-QM is in "
          "rows 6 and 7; none of them is imported until only one is left"),
        e(7, 1, "duplicate-requirement",
          "row 7, column \"岗位\": the requirement (岗位 / 证书类型代码) 质量经理 / CAQ-QM is in "
          "rows 6 and 7; none of them is imported until only one is left"),
    };
    CHECK(file.report.diagnostics == expected);
    CHECK(file.report.rejected == 5);
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[1].positionName == "保安");
    CHECK(file.rows[2].typeCode == "INT-XX");
}
