// Printable certificates: A4 pages, Chinese text a PDF reader can extract, a QR code a scanner
// reads back to exactly the code given, and a layout that keeps long names inside the border.
#include <catch2/catch.hpp>

#include <regex>

#include "../store/store_test_support.h"
#include "certificate_pdf_samples.h"
#include "command_output.h"
#include "report/certificate_pdf.h"

using tqm::reporttest::hasProgram;
using tqm::reporttest::longCertificate;
using tqm::reporttest::ordinaryCertificate;
using tqm::reporttest::runCommand;

namespace {

bool popplerAndZbarInstalled() {
    for (const char* program : {"pdfinfo", "pdftotext", "pdftoppm", "zbarimg"}) {
        if (!hasProgram(program)) {
            WARN("skipped: " << program
                             << " is not installed (Debian packages poppler-utils and zbar-tools)");
            return false;
        }
    }
    return true;
}

std::string quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

}  // namespace

TEST_CASE("dates on a certificate are written 2026年11月24日") {
    CHECK(tqm::report::chineseDate(tqm::reporttest::day(2026, 11, 24)) == "2026年11月24日");
    CHECK(tqm::report::chineseDate(tqm::reporttest::day(2030, 1, 5)) == "2030年1月5日");
}

TEST_CASE("two certificates make two A4 portrait pages in one PDF") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书.pdf";
    const std::vector certificates{ordinaryCertificate(), longCertificate()};
    REQUIRE_FALSE(tqm::report::writeCertificatesPdf(file, certificates));
    CHECK(folder.fileNames() == std::vector<std::string>{"证书.pdf"});
    const std::string bytes = tqm::storetest::bytesOf(file);
    CHECK(bytes.starts_with("%PDF-"));
    if (!popplerAndZbarInstalled()) return;

    const auto info = runCommand("pdfinfo " + quoted(file));
    REQUIRE(info.status == 0);
    CHECK(std::regex_search(info.out, std::regex("Pages: +2\n")));
    CHECK(std::regex_search(info.out, std::regex("Page size: +595.276 x 841.89 pts \\(A4\\)")));
}

TEST_CASE("the PDF's text holds the holder's Chinese name, the number and the dates") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书.pdf";
    const std::vector certificates{ordinaryCertificate(), longCertificate()};
    REQUIRE_FALSE(tqm::report::writeCertificatesPdf(file, certificates));
    if (!popplerAndZbarInstalled()) return;

    const auto first = runCommand("pdftotext -f 1 -l 1 " + quoted(file) + " -");
    REQUIRE(first.status == 0);
    for (const char* expected :
         {"张晓明", "E20260117", "总装车间", "质量管理小组活动推进者", "TQM-2026-000123",
          "2026年11月24日", "2029年11月23日", "中国质量协会", "岗位资格证书",
          "华东精密机械股份有限公司质量管理培训中心", "扫描二维码可离线核验本证书真伪"}) {
        INFO(expected);
        CHECK(first.out.find(expected) != std::string::npos);
    }
    const auto second = runCommand("pdftotext -f 2 -l 2 " + quoted(file) + " -");
    CHECK(second.out.find("欧阳娜娜") != std::string::npos);
    CHECK(second.out.find("TQM-2026-000124") != std::string::npos);
    CHECK(second.out.find("长期有效") != std::string::npos);
    CHECK(second.out.find("全面质量管理六西格玛黑带项目推进资格认证") != std::string::npos);
}

TEST_CASE("the QR code on each page scans back to exactly the verification code given") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书.pdf";
    const std::vector certificates{ordinaryCertificate(), longCertificate()};
    REQUIRE_FALSE(tqm::report::writeCertificatesPdf(file, certificates));
    if (!popplerAndZbarInstalled()) return;

    const auto rendered = folder / "page";
    REQUIRE(runCommand("pdftoppm -r 150 -png " + quoted(file) + " " + quoted(rendered)).status ==
            0);
    for (int page = 1; page <= 2; ++page) {
        INFO("page " << page);
        const auto png = folder / ("page-" + std::to_string(page) + ".png");
        REQUIRE(std::filesystem::exists(png));
        const auto scanned = runCommand("zbarimg --quiet --raw " + quoted(png) + " 2>/dev/null");
        CHECK(scanned.status == 0);
        CHECK(scanned.out == certificates[page - 1].verificationCode + "\n");
    }
}

TEST_CASE("a certificate without a verification code prints without a QR code") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "证书.pdf";
    auto certificate = ordinaryCertificate();
    certificate.verificationCode.clear();
    REQUIRE_FALSE(tqm::report::writeCertificatesPdf(file, std::vector{certificate}));
    if (!popplerAndZbarInstalled()) return;
    REQUIRE(
        runCommand("pdftoppm -r 150 -png " + quoted(file) + " " + quoted(folder / "p")).status ==
        0);
    CHECK(runCommand("zbarimg --quiet --raw " + quoted(folder / "p-1.png") + " 2>/dev/null")
              .out.empty());
    const auto text = runCommand("pdftotext " + quoted(file) + " -");
    CHECK(text.out.find("张晓明") != std::string::npos);
    CHECK(text.out.find("扫描二维码") == std::string::npos);
}

TEST_CASE("a PDF that cannot be written names the file and leaves nothing behind") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "missing" / "证书.pdf";
    const auto failed = tqm::report::writeCertificatesPdf(file, std::vector{ordinaryCertificate()});
    REQUIRE(failed);
    CHECK(failed->file == file.string());
    CHECK(failed->message.find(file.string()) != std::string::npos);
    CHECK(folder.fileNames().empty());
}

TEST_CASE("a certificate list that is empty or holds a code too long for a QR code is refused") {
    const auto empty = tqm::report::certificatesPdf({});
    CHECK(empty.problem == tqm::report::CertificatePdfProblem::NoCertificates);
    CHECK(empty.bytes.empty());

    auto certificate = ordinaryCertificate();
    certificate.verificationCode = std::string(3000, 'x');
    const auto tooLong = tqm::report::certificatesPdf(std::vector{certificate});
    CHECK(tooLong.problem == tqm::report::CertificatePdfProblem::CodeTooLong);
    CHECK(tooLong.message ==
          "the verification code of certificate TQM-2026-000123 is too long for a QR code.");
    CHECK(tooLong.bytes.empty());
}
