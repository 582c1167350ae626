// The certificate matrix as CSV and as a workbook read back: status words shown as labels, the
// cells coloured like the register, and a legend sheet.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "../store/store_test_support.h"
#include "report/certificate_matrix_export.h"
#include "xlsx_contents.h"

using tqm::report::CertificateMatrixTable;
using tqm::report::RegisterLanguage;
using tqm::reporttest::fillOf;
using tqm::reporttest::XlsxContents;

namespace {

CertificateMatrixTable sampleMatrix() {
    CertificateMatrixTable table;
    table.headColumns = {"工号", "姓名", "单位"};
    table.typeCodes = {"INT-QI", "CAQ-QM"};
    table.typeNames = {"质量检验员上岗证", "注册质量经理"};
    table.rows = {{{"D0001", "赵明远", "总装车间"}, {"valid", ""}},
                  {{"D0002", "=钱晓峰", "总装车间"}, {"missing", "renewal-open"}}};
    return table;
}

}  // namespace

TEST_CASE(
    "the matrix CSV has a BOM, type headers with names, labels, and empty cells where a "
    "type is not required") {
    CHECK(tqm::report::certificateMatrixCsv(sampleMatrix()) ==
          "\xEF\xBB\xBF工号,姓名,单位,INT-QI 质量检验员上岗证,CAQ-QM 注册质量经理\r\n"
          "D0001,赵明远,总装车间,有效,\r\n"
          "D0002,'=钱晓峰,总装车间,缺证,可续证\r\n");
    CHECK(tqm::report::certificateMatrixCsv(sampleMatrix(), RegisterLanguage::English)
              .find("D0002,'=钱晓峰,总装车间,Missing,Renewal open\r\n") != std::string::npos);
}

TEST_CASE(
    "the matrix workbook colours each status cell and explains the colours on a legend "
    "sheet") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "持证矩阵.xlsx";
    REQUIRE_FALSE(tqm::report::writeCertificateMatrixXlsx(file, sampleMatrix()));
    const XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() == std::vector<std::string>{"持证矩阵", "图例"});
    const auto cells = xlsx.cells(1);
    CHECK(cells.at("A1").text == "工号");
    CHECK(cells.at("D1").text == "INT-QI");
    CHECK(cells.at("E1").text == "CAQ-QM");
    CHECK(cells.at("B3").text == "=钱晓峰");
    CHECK(cells.at("B3").isText);
    CHECK(cells.at("D2").text == "有效");
    CHECK(cells.count("E2") == 0);
    CHECK(cells.at("D3").text == "缺证");
    CHECK(cells.at("E3").text == "可续证");
    CHECK(fillOf(xlsx, "D2") == "FFC6EFCE");
    CHECK(fillOf(xlsx, "D3") == "FFFF9999");
    CHECK(fillOf(xlsx, "E3") == "FFFFF2CC");

    const auto legend = xlsx.cells(2);
    CHECK(legend.at("A1").text == "状态");
    CHECK(legend.at("A2").text == "有效");
    CHECK(legend.at("B2").text == "valid");
    CHECK(legend.at("C8").text == "岗位要求但未持证");
    CHECK(legend.at("A12").text == "证书类型代码");
    CHECK(legend.at("A13").text == "INT-QI");
    CHECK(legend.at("B14").text == "注册质量经理");
}
