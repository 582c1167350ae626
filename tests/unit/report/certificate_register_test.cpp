// The certificate register as CSV byte for byte: BOM, CRLF, quoting, positions joined with 、,
// statuses in Chinese or English, empty cells for what a missing certificate lacks.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "certificate_register_samples.h"
#include "report/certificate_register.h"

using tqm::report::certificateStatusLabel;
using tqm::report::RegisterLanguage;
using tqm::reporttest::sampleRegister;

TEST_CASE("the register CSV has a BOM, Chinese headers, joined positions and Chinese statuses") {
    CHECK(tqm::report::certificateRegisterCsv(sampleRegister()) ==
          "\xEF\xBB\xBF"
          "证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态\r\n"
          "TQM-2026-000123,张三,E001,总装车间,焊接工、终检员,质量管理小组活动推进者,2026-11-24,"
          "2029-11-23,2027-11-24,有效\r\n"
          "TQM-2025-000007,\"王\"\"小\"\"明\",E002,\"二车间,质检科\",终检员,内审员,2025-01-10,"
          "2026-01-09,,已过期\r\n"
          ",'=李四,E003,总装车间,焊接工,质量管理小组活动推进者,,,,缺证\r\n"
          "EXT-88,赵六,E004,仓储部,,计量员,2024-03-01,,,已吊销\r\n");
}

TEST_CASE(
    "the register CSV in English has English headers and statuses and joins positions with a "
    "semicolon") {
    const std::string csv =
        tqm::report::certificateRegisterCsv(sampleRegister(), RegisterLanguage::English);
    CHECK(
        csv.starts_with("\xEF\xBB\xBF"
                        "Certificate No.,Name,Employee No.,Unit,Positions,Certificate type,"
                        "Issued on,Valid until,Next review,Status\r\n"
                        "TQM-2026-000123,张三,E001,总装车间,焊接工; 终检员,"));
    CHECK(csv.find(",2026-01-09,,Expired\r\n") != std::string::npos);
    CHECK(csv.find(",,,,Missing\r\n") != std::string::npos);
    CHECK(csv.ends_with(",2024-03-01,,,Revoked\r\n"));
}

TEST_CASE("an empty register is the BOM and the header only") {
    CHECK(tqm::report::certificateRegisterCsv({}) ==
          "\xEF\xBB\xBF证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态\r\n");
}

TEST_CASE("every status word has its Chinese and English label, an unknown word shows as it is") {
    const std::pair<const char*, const char*> chinese[] = {
        {"valid", "有效"},          {"renewal-open", "可续证"},
        {"review-due", "待复审"},   {"in-grace", "宽限期"},
        {"expired", "已过期"},      {"revoked", "已吊销"},
        {"missing", "缺证"},        {"not-yet-required", "未到期限"},
        {"not-yet-valid", "未生效"}};
    for (const auto& [word, label] : chinese) {
        INFO(word);
        CHECK(certificateStatusLabel(word, RegisterLanguage::Chinese) == label);
    }
    CHECK(certificateStatusLabel("renewal-open", RegisterLanguage::English) == "Renewal open");
    CHECK(certificateStatusLabel("not-yet-required", RegisterLanguage::English) ==
          "Not yet required");
    CHECK(certificateStatusLabel("suspended", RegisterLanguage::Chinese) == "suspended");
    CHECK_FALSE(tqm::report::certificateStatusFill("suspended"));
}

TEST_CASE("a register CSV file is written whole, and a failed write names the file") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书台账.csv";
    CHECK_FALSE(tqm::report::writeCertificateRegisterCsv(file, sampleRegister()));
    CHECK(tqm::storetest::bytesOf(file) == tqm::report::certificateRegisterCsv(sampleRegister()));

    const auto missing = folder / "no-such-folder" / "证书台账.csv";
    const auto failed = tqm::report::writeCertificateRegisterCsv(missing, sampleRegister());
    REQUIRE(failed);
    CHECK(failed->file == missing.string());
    CHECK(failed->message.find(missing.string()) != std::string::npos);
    CHECK(folder.fileNames() == std::vector<std::string>{"证书台账.csv"});
}
