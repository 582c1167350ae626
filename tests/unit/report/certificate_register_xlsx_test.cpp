// The certificate register as a workbook, read back from the file: sheet and headers, text kept
// as text, dates as real dates, the status cell's fill, the frozen and filtered header row.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "certificate_register_samples.h"
#include "report/certificate_register.h"
#include "xlsx_contents.h"

using tqm::report::RegisterLanguage;
using tqm::reporttest::fillOf;
using tqm::reporttest::sampleRegister;
using tqm::reporttest::XlsxContents;

TEST_CASE("the register workbook has one sheet 证书台账 with text, dates and coloured statuses") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书台账.xlsx";
    REQUIRE_FALSE(tqm::report::writeCertificateRegisterXlsx(file, sampleRegister()));
    CHECK(folder.fileNames() == std::vector<std::string>{"证书台账.xlsx"});

    const XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() == std::vector<std::string>{"证书台账"});
    const auto cells = xlsx.cells(1);
    const char* headers[] = {"证书编号", "姓名",     "工号",     "单位",     "岗位",
                             "证书类型", "发证日期", "有效期至", "下次复审", "状态"};
    for (int col = 0; col < 10; ++col) {
        const std::string ref = std::string(1, static_cast<char>('A' + col)) + "1";
        INFO(ref);
        CHECK(cells.at(ref).text == headers[col]);
    }
    CHECK(cells.at("A2").text == "TQM-2026-000123");
    CHECK(cells.at("B2").text == "张三");
    CHECK(cells.at("E2").text == "焊接工、终检员");
    CHECK(cells.at("F2").text == "质量管理小组活动推进者");
    // 2026-11-24 is day 46350 counted from 1899-12-30.
    CHECK_FALSE(cells.at("G2").isText);
    CHECK(cells.at("G2").text == "46350");
    CHECK(cells.at("G2").numberFormat == "yyyy-mm-dd");
    CHECK(cells.at("H2").text == "47445");  // 2029-11-23
    CHECK(cells.at("I2").text == "46715");  // 2027-11-24
    CHECK(cells.at("J2").text == "有效");
    CHECK(cells.at("B4").isText);
    CHECK(cells.at("B4").text == "=李四");  // a text cell, never a formula
    CHECK_FALSE(cells.contains("A4"));      // a missing certificate has no number
    CHECK_FALSE(cells.contains("G4"));      // nor dates
    CHECK(cells.at("J4").text == "缺证");
    CHECK_FALSE(cells.contains("H5"));  // no expiry

    CHECK(fillOf(xlsx, "J2") == "FFC6EFCE");  // valid: green
    CHECK(fillOf(xlsx, "J3") == "FFFFC7CE");  // expired: red
    CHECK(fillOf(xlsx, "J4") == "FFFF9999");  // missing: deep red
    CHECK(fillOf(xlsx, "J5") == "FFD9D9D9");  // revoked: grey
    CHECK(fillOf(xlsx, "B2").empty());

    const std::string& sheet = xlsx.entry("xl/worksheets/sheet1.xml");
    CHECK(sheet.find(
              R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)") !=
          std::string::npos);
    CHECK(sheet.find(R"(<autoFilter ref="A1:J5"/>)") != std::string::npos);
    // 质量管理小组活动推进者 is 11 Chinese characters: 22 narrow ones, plus a margin of 2.
    CHECK(sheet.find(R"(<col min="6" max="6" width="24.7109375" customWidth="1"/>)") !=
          std::string::npos);
    // Printed on A4 landscape, as wide as one page.
    CHECK(sheet.find(R"(<pageSetUpPr fitToPage="1"/>)") != std::string::npos);
    CHECK(sheet.find(R"(<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>)") !=
          std::string::npos);
    CHECK(xlsx.entry("xl/styles.xml").find("<font><b/>") != std::string::npos);
}

TEST_CASE("the register workbook in English names its sheet, headers and statuses in English") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "register.xlsx";
    REQUIRE_FALSE(tqm::report::writeCertificateRegisterXlsx(file, sampleRegister(),
                                                            RegisterLanguage::English));
    const XlsxContents xlsx(file);
    CHECK(xlsx.sheetNames() == std::vector<std::string>{"Register"});
    const auto cells = xlsx.cells(1);
    CHECK(cells.at("A1").text == "Certificate No.");
    CHECK(cells.at("I1").text == "Next review");
    CHECK(cells.at("E2").text == "焊接工; 终检员");
    CHECK(cells.at("J3").text == "Expired");
    CHECK(fillOf(xlsx, "J3") == "FFFFC7CE");
}

TEST_CASE("a register workbook that cannot be written names the file and leaves nothing") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "missing" / "证书台账.xlsx";
    const auto failed = tqm::report::writeCertificateRegisterXlsx(file, sampleRegister());
    REQUIRE(failed);
    CHECK(failed->file == file.string());
    CHECK(failed->message == "cannot write the workbook " + file.string() +
                                 ": Error creating output xlsx file. Usually a permissions "
                                 "error.");
    CHECK(folder.fileNames().empty());
}

TEST_CASE("a register workbook written over a folder fails and leaves the folder alone") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书台账.xlsx";
    std::filesystem::create_directory(file);
    const auto failed = tqm::report::writeCertificateRegisterXlsx(file, sampleRegister());
    REQUIRE(failed);
    CHECK(failed->file == file.string());
    CHECK(std::filesystem::is_directory(file));
    CHECK(folder.fileNames() == std::vector<std::string>{"证书台账.xlsx"});
}
