// The words of the certificate area's files read in Chinese and English and written in Chinese.
#include <catch2/catch.hpp>

#include "cert/cell_words.h"

using namespace tqm::cert;

TEST_CASE("issuer kinds are read in Chinese and English and written back in Chinese") {
    CHECK(parseIssuerKind("内部") == IssuerKind::Internal);
    CHECK(parseIssuerKind(" CAQ ") == IssuerKind::Caq);
    CHECK(parseIssuerKind("中质协") == IssuerKind::Caq);
    CHECK(parseIssuerKind("Government") == IssuerKind::Government);
    CHECK(parseIssuerKind("其他") == IssuerKind::Other);
    CHECK_FALSE(parseIssuerKind("协会").has_value());
    CHECK_FALSE(parseIssuerKind("").has_value());
    for (IssuerKind kind :
         {IssuerKind::Internal, IssuerKind::Caq, IssuerKind::Government, IssuerKind::Other})
        CHECK(parseIssuerKind(issuerKindWord(kind)) == kind);
    CHECK(issuerKindWord(IssuerKind::Caq) == "中国质量协会");
}

TEST_CASE("yes and no are read however a spreadsheet writes them") {
    CHECK(parseYesNo("是") == true);
    CHECK(parseYesNo("否") == false);
    CHECK(parseYesNo("Ｙ") == true);
    CHECK(parseYesNo("False") == false);
    CHECK(parseYesNo("√") == true);
    CHECK_FALSE(parseYesNo("可能").has_value());
}

TEST_CASE("requirement levels are read in Chinese and English and written back in Chinese") {
    CHECK(parseRequirementLevel("必需") == RequirementLevel::Mandatory);
    CHECK(parseRequirementLevel("必须") == RequirementLevel::Mandatory);
    CHECK(parseRequirementLevel("RECOMMENDED") == RequirementLevel::Recommended);
    CHECK_FALSE(parseRequirementLevel("可选").has_value());
    CHECK(requirementLevelWord(RequirementLevel::Recommended) == "建议");
    CHECK(parseRequirementLevel(requirementLevelWord(RequirementLevel::Mandatory)) ==
          RequirementLevel::Mandatory);
}
