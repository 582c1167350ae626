// What every certificate-area file shares: headers matched however they are written, the file's
// encoding checked, and a header that makes reading impossible reported once, not per row.
#include <catch2/catch.hpp>

#include "cert/position_import.h"
#include "cert/requirement_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::Severity;
using tqm::certtest::error;
using namespace tqm::cert;

TEST_CASE("a UTF-8 byte order mark, semicolons and CRLF line ends are all read") {
    const auto file =
        readPositions("\xEF\xBB\xBF岗位;关键岗位\r\n质量检验员;是\r\n\r\n内审员;否\r\n", "p.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[1].source == SourceRow{4, 4});
    CHECK(file.report.columns == std::vector<ImportColumn>{{1, "岗位"}, {2, "关键岗位"}, {0, ""}});
}

TEST_CASE("a header without a required column reads no row and counts every row as rejected") {
    const auto file = readRequirements("岗位,要求\n质量检验员,必需\n内审员,必需\n", "r.csv");
    CHECK(file.report.diagnostics ==
          std::vector<Diagnostic>{
              error("r.csv", 1, 0, "missing-column",
                    "the header row has no 证书类型代码 (certificate_type) column, so no row can "
                    "be read; the columns are 岗位 (position), 证书类型代码 (certificate_type), "
                    "要求 (level), 上岗后期限(天) (days_allowed)")});
    CHECK(file.report.details == std::vector<ImportProblemDetail>{{1, "证书类型代码", "", {}}});
    CHECK(file.rows.empty());
    CHECK(file.report.rejected == 2);
}

TEST_CASE("the same column written twice, in two languages, is an error") {
    const auto file = readPositions("岗位,关键岗位,Position\n质量检验员,是,质量检验员\n", "p.csv");
    CHECK(file.report.diagnostics ==
          std::vector<Diagnostic>{error("p.csv", 1, 3, "duplicate-column",
                                        "column \"Position\" repeats column 1 \"岗位\"; keep one "
                                        "of them")});
    CHECK(file.report.details[0] == ImportProblemDetail{1, "Position", "岗位", {}});
    CHECK(file.rows.empty());
    CHECK(file.report.rejected == 1);
}

TEST_CASE("an empty file and a UTF-16 file are refused as a whole") {
    SECTION("only blank lines") {
        const auto file = readPositions("\xEF\xBB\xBF\n,\n", "p.csv");
        CHECK(file.report.diagnostics ==
              std::vector<Diagnostic>{error("p.csv", 0, 0, "csv-no-header",
                                            "the file is empty; it needs a header row")});
    }
    SECTION("UTF-16 from Excel's Unicode text") {
        const auto file = readPositions(std::string("\xFF\xFE\x97\x5C", 4), "p.csv");
        CHECK(file.report.diagnostics ==
              std::vector<Diagnostic>{
                  error("p.csv", 1, 1, "not-utf8",
                        "the file is UTF-16-encoded, not UTF-8; in Excel choose 另存为 (Save As) "
                        "\"CSV UTF-8\"")});
        CHECK(file.report.details.size() == 1);
    }
}

TEST_CASE("a quote that never closes rejects the row it opens in and keeps the rows before") {
    const auto file =
        readPositions("岗位,说明\n质量检验员,检验\n内审员,\"审核\n班组长,带班\n", "p.csv");
    CHECK(file.report.diagnostics ==
          std::vector<Diagnostic>{error(
              "p.csv", 3, 2, "csv-unclosed-quote",
              "row 3, column \"说明\": the quote that opens the cell on line 3 is never closed, so "
              "the rest of the file was read into this cell")});
    CHECK(file.report.details[0] == ImportProblemDetail{3, "说明", "", {}});
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].position.name == "质量检验员");
    CHECK(file.report.rejected == 1);
}

TEST_CASE("a column title is its Chinese name with its English name in brackets") {
    CHECK(columnTitle(kPositionColumns[0]) == "岗位 (position)");
    CHECK(columnTitle(kRequirementColumns[3]) == "上岗后期限(天) (days_allowed)");
}
