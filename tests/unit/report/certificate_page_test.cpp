// The certificate page's layout: everything inside the inner border and nothing overlapping, for
// ordinary and for very long names; the QR code's size and the choice of Chinese fonts.
#include <catch2/catch.hpp>

#include "certificate_pdf_samples.h"
#include "report/certificate_fonts.h"
#include "report/certificate_page.h"
#include "report/qr_code.h"

using tqm::report::PageBox;

namespace {

std::vector<PageBox> layoutOf(const tqm::report::CertificatePrint& certificate) {
    const auto fonts = tqm::report::installedCertificateFonts();
    REQUIRE(fonts);
    return tqm::report::certificatePageLayout(certificate, *fonts,
                                              tqm::report::encodeQr(certificate.verificationCode));
}

void checkInsideBorderWithoutOverlaps(const std::vector<PageBox>& boxes) {
    constexpr double inner = tqm::report::kInnerBorderMargin;
    for (const PageBox& box : boxes) {
        INFO(box.what << " at " << box.x << "," << box.y << " size " << box.width << "x"
                      << box.height);
        CHECK(box.x >= inner + 20);
        CHECK(box.y >= inner + 20);
        CHECK(box.x + box.width <= tqm::report::kA4Width - inner - 20);
        CHECK(box.y + box.height <= tqm::report::kA4Height - inner - 20);
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const PageBox& a = boxes[i];
            const PageBox& b = boxes[j];
            INFO(a.what << " and " << b.what);
            const bool apart = a.x + a.width <= b.x || b.x + b.width <= a.x ||
                               a.y + a.height <= b.y || b.y + b.height <= a.y;
            CHECK(apart);
        }
    }
}

std::vector<std::string> namesOf(const std::vector<PageBox>& boxes) {
    std::vector<std::string> names;
    for (const PageBox& box : boxes) names.push_back(box.what);
    return names;
}

}  // namespace

TEST_CASE("a certificate page prints every part once, inside the border, none overlapping") {
    const auto boxes = layoutOf(tqm::reporttest::ordinaryCertificate());
    CHECK(namesOf(boxes) == std::vector<std::string>{"institution",
                                                     "title",
                                                     "attestation",
                                                     "qr",
                                                     "qr note",
                                                     "verification code",
                                                     "issuer label",
                                                     "issuer",
                                                     "label 姓\u3000\u3000名",
                                                     "value 姓\u3000\u3000名",
                                                     "label 工\u3000\u3000号",
                                                     "value 工\u3000\u3000号",
                                                     "label 单\u3000\u3000位",
                                                     "value 单\u3000\u3000位",
                                                     "label 证书类型",
                                                     "value 证书类型",
                                                     "label 证书编号",
                                                     "value 证书编号",
                                                     "label 发证日期",
                                                     "value 发证日期",
                                                     "label 有效期至",
                                                     "value 有效期至"});
    checkInsideBorderWithoutOverlaps(boxes);
}

TEST_CASE("long names, a 20-character title and a 200-character code still fit inside the border") {
    const auto certificate = tqm::reporttest::longCertificate();
    const auto boxes = layoutOf(certificate);
    checkInsideBorderWithoutOverlaps(boxes);
    // The long title stays on one line: no taller than one line of its smallest size allows.
    const auto title = std::find_if(boxes.begin(), boxes.end(),
                                    [](const PageBox& box) { return box.what == "title"; });
    REQUIRE(title != boxes.end());
    CHECK(title->height < 40);
}

TEST_CASE(
    "names far longer than any real one shrink the particulars instead of crossing the foot") {
    auto certificate = tqm::reporttest::longCertificate();
    for (int i = 0; i < 4; ++i) certificate.unit += certificate.unit;  // 592 characters
    certificate.holderName = certificate.unit.substr(0, 300);
    checkInsideBorderWithoutOverlaps(layoutOf(certificate));
}

TEST_CASE("a QR code at level M grows with the text and refuses what no version holds") {
    const auto small = tqm::report::encodeQr("TQM-000123");
    REQUIRE(small);
    CHECK(small->size == 21);  // version 1 holds 14 bytes at level M
    CHECK(small->dark.size() == 21u * 21u);
    CHECK(small->isDark(0, 0));        // the finder pattern's corner
    CHECK_FALSE(small->isDark(7, 7));  // the light separator around it

    const auto code = tqm::report::encodeQr(tqm::reporttest::longCode());
    REQUIRE(code);
    CHECK(code->size == 57);  // version 10 holds 213 bytes at level M

    CHECK_FALSE(tqm::report::encodeQr(std::string(2400, 'x')));
}

TEST_CASE("the preferred font family is taken when installed, else the first that covers Chinese") {
    const std::vector<std::string> installed{"DejaVu Sans", "Droid Sans Fallback",
                                             "Noto Sans CJK SC", "WenQuanYi Zen Hei"};
    const auto chineseOnes = [](const std::string& family) { return family != "DejaVu Sans"; };
    CHECK(tqm::report::pickFontFamily(installed, "Noto Sans CJK SC", chineseOnes) ==
          "Noto Sans CJK SC");
    CHECK(tqm::report::pickFontFamily(installed, "Noto Serif CJK SC", chineseOnes) ==
          "Droid Sans Fallback");
    const auto none = [](const std::string&) { return false; };
    CHECK_FALSE(tqm::report::pickFontFamily(installed, "Noto Serif CJK SC", none));
}

TEST_CASE("on this machine the certificate prints in Noto Serif and Noto Sans CJK SC") {
    const auto fonts = tqm::report::installedCertificateFonts();
    REQUIRE(fonts);
    CHECK(fonts->title == "Noto Serif CJK SC");
    CHECK(fonts->text == "Noto Sans CJK SC");
}
