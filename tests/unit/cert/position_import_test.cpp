// Positions from a file: key or not in every way a spreadsheet says yes or no, each refusal exact.
#include <catch2/catch.hpp>

#include "cert/position_import.h"
#include "cert_file_support.h"

using tqm::Diagnostic;
using tqm::certtest::error;
using tqm::certtest::demoFile;
using tqm::certtest::sampleFile;
using namespace tqm::cert;

TEST_CASE("the sample positions file reads ten positions, six of them key positions") {
    const PositionFile file = readPositions(demoFile("demo-positions.csv"), "positions.csv");
    CHECK(file.report.diagnostics.empty());
    REQUIRE(file.rows.size() == 10);
    CHECK(file.rows[0] ==
          PositionRow{{2, 2}, {0, "质量检验员", true, "进货、过程和最终检验，判定产品合格与否"}});
    CHECK(file.rows[6].position.name == "六西格玛黑带");
    CHECK_FALSE(file.rows[6].position.key);
    CHECK(std::count_if(file.rows.begin(), file.rows.end(),
                        [](const PositionRow& row) { return row.position.key; }) == 6);
}

TEST_CASE("a position's key column accepts yes and no in Chinese, English and figures") {
    const auto file =
        readPositions("position,key\nA,Y\nB,n\nC,1\nD,0\nE,TRUE\nF,false\nG,是\nH,否\nI,\nJ,yes\n",
                      "positions.csv");
    CHECK(file.report.diagnostics.empty());
    std::string keys;
    for (const PositionRow& row : file.rows) keys += row.position.key ? 'K' : '-';
    CHECK(keys == "K-K-K-K--K");
}

TEST_CASE("every bad position row is refused with its line, column and reason") {
    const auto file = readPositions(sampleFile("positions-broken.csv"), "positions-broken.csv");
    auto e = [](std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        return error("positions-broken.csv", line, column, std::move(code), std::move(message));
    };
    const std::vector<Diagnostic> expected{
        e(3, 2, "bad-yes-no",
          "row 3, column \"关键岗位\": \"可能\" is neither yes nor no; write 是 or 否 (Y/N, 1/0, "
          "true/false)"),
        e(4, 1, "missing-value", "row 4, column \"岗位\": the position (岗位) is empty"),
        e(5, 1, "duplicate-position",
          "row 5, column \"岗位\": the position (岗位) 计量管理员 is in rows 5 and 6; none of them "
          "is imported until only one is left"),
        e(6, 1, "duplicate-position",
          "row 6, column \"岗位\": the position (岗位) 计量管理员 is in rows 5 and 6; none of them "
          "is imported until only one is left"),
    };
    CHECK(file.report.diagnostics == expected);
    CHECK(file.report.rejected == 4);
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].position.name == "质量检验员");
    CHECK(file.rows[1].position == Position{0, "内审员", true, ""});
}
