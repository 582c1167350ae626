// The certificate's page: fixed bands from top to bottom (institution, title, attestation, the
// holder's particulars, then the QR code and the issuer side by side at the foot), each laid out
// by pango within the width it has. Long texts wrap; the particulars shrink until they fit the
// space between the attestation and the foot, so nothing ever crosses the border.
#include "report/certificate_page_cairo.h"

#include <algorithm>
#include <memory>

#include "report/certificate_text.h"

namespace tqm::report {

namespace {

constexpr double kOuterBorderMargin = 32;
constexpr double kContentMargin = 72;  // text keeps this far from the paper's edge
constexpr double kContentLeft = kContentMargin;
constexpr double kContentRight = kA4Width - kContentMargin;
constexpr double kContentWidth = kContentRight - kContentLeft;
constexpr double kContentBottom = kA4Height - kContentMargin;

constexpr Rgb kSealRed{0.62, 0.11, 0.11};
constexpr Rgb kInk{0.13, 0.13, 0.13};
constexpr Rgb kMuted{0.40, 0.40, 0.40};
constexpr Rgb kRule{0.75, 0.62, 0.45};

constexpr double kQrSide = 112;  // with its quiet zone: about 40 mm square
constexpr double kQrColumnWidth = 200;
constexpr double kIssuerColumnWidth = 210;

void strokeRect(cairo_t* cr, double margin, double width, Rgb colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr, width);
    cairo_rectangle(cr, margin, margin, kA4Width - 2 * margin, kA4Height - 2 * margin);
    cairo_stroke(cr);
}

// A double border in seal red with small brackets in the inner corners, as printed certificate
// blanks have.
void drawBorder(cairo_t* cr) {
    strokeRect(cr, kOuterBorderMargin, 3.0, kSealRed);
    strokeRect(cr, kInnerBorderMargin, 0.8, kSealRed);
    constexpr double inset = kInnerBorderMargin + 8;
    constexpr double arm = 22;
    cairo_set_line_width(cr, 1.6);
    for (const double x : {inset, kA4Width - inset}) {
        for (const double y : {inset, kA4Height - inset}) {
            const double dx = x < kA4Width / 2 ? arm : -arm;
            const double dy = y < kA4Height / 2 ? arm : -arm;
            cairo_move_to(cr, x + dx, y);
            cairo_line_to(cr, x, y);
            cairo_line_to(cr, x, y + dy);
        }
    }
    cairo_stroke(cr);
}

// A thin rule with a diamond in the middle under the title.
void drawOrnament(cairo_t* cr, double y) {
    constexpr double half = 120;
    constexpr double diamond = 4;
    const double middle = kA4Width / 2;
    cairo_set_source_rgb(cr, kRule.r, kRule.g, kRule.b);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, middle - half, y);
    cairo_line_to(cr, middle - diamond * 2, y);
    cairo_move_to(cr, middle + diamond * 2, y);
    cairo_line_to(cr, middle + half, y);
    cairo_stroke(cr);
    cairo_move_to(cr, middle, y - diamond);
    cairo_line_to(cr, middle + diamond, y);
    cairo_line_to(cr, middle, y + diamond);
    cairo_line_to(cr, middle - diamond, y);
    cairo_close_path(cr);
    cairo_fill(cr);
}

void drawQr(cairo_t* cr, const QrCode& qr, double x, double y, std::vector<PageBox>& boxes) {
    // Four light modules of quiet zone on each side, as scanners need.
    const double module = kQrSide / (qr.size + 8);
    const double origin = 4 * module;
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < qr.size; ++row) {
        for (int column = 0; column < qr.size; ++column) {
            if (!qr.isDark(row, column)) continue;
            cairo_rectangle(cr, x + origin + column * module, y + origin + row * module, module,
                            module);
        }
    }
    // One fill of all squares: adjacent modules merge without hairline gaps.
    cairo_fill(cr);
    boxes.push_back({"qr", x, y, kQrSide, kQrSide});
}

struct Field {
    const char* label;
    std::string value;
    bool emphasised;
};

std::vector<Field> particulars(const CertificatePrint& certificate) {
    // Two-character labels are spread to four with ideographic spaces, so the colons line up.
    return {
        {"姓\u3000\u3000名", certificate.holderName, true},
        {"工\u3000\u3000号", certificate.employeeNo, false},
        {"单\u3000\u3000位", certificate.unit, false},
        {"证书类型", certificate.typeName, false},
        {"证书编号", certificate.number, false},
        {"发证日期", chineseDate(certificate.issuedOn), false},
        {"有效期至", certificate.validUntil ? chineseDate(*certificate.validUntil) : "长期有效",
         false},
    };
}

// The particulars as a two-column table centred on the page; returns its height. With `draw`
// false it only measures.
double layOutParticulars(TextSetter& text, const std::vector<Field>& fields, double size,
                         double extraGap, double top, bool draw, std::vector<PageBox>* boxes) {
    const double labelWidth = text.measureWidth("有效期至：", text.fonts().text, size, false);
    const double valueWidth = 330 * size / 14;
    const double gap = size * 0.6;
    const double left = kA4Width / 2 - (labelWidth + gap + valueWidth) / 2;
    const double valueLeft = left + labelWidth + gap;
    const double rowGap = size * 0.95 + extraGap;
    double y = top;
    for (const Field& field : fields) {
        const double valueSize = field.emphasised ? size * 1.2 : size;
        const TextStyle valueStyle{text.fonts().text, valueSize, field.emphasised, kInk,
                                   PANGO_ALIGN_LEFT};
        const double valueHeight = text.measureHeight(field.value, valueStyle, valueWidth);
        const double firstLine = text.measureHeight("证", valueStyle, valueWidth);
        const double labelHeight = text.measureHeight(
            "证", {text.fonts().text, size, false, kMuted, PANGO_ALIGN_LEFT}, labelWidth);
        // The label sits on the value's first line, whatever their sizes.
        const double labelTop = y + (firstLine - labelHeight) / 2;
        if (draw) {
            text.show("label " + std::string(field.label), std::string(field.label) + "：",
                      {text.fonts().text, size, false, kMuted, PANGO_ALIGN_LEFT}, left, labelTop,
                      labelWidth, *boxes);
            text.show("value " + std::string(field.label), field.value, valueStyle, valueLeft, y,
                      valueWidth, *boxes);
            text.hairline(valueLeft, y + valueHeight + size * 0.25, valueWidth, kRule);
        }
        y += valueHeight + rowGap;
    }
    return y - rowGap - top;
}

}  // namespace

std::vector<PageBox> drawCertificatePage(cairo_t* cr, const CertificatePrint& certificate,
                                         const CertificateFonts& fonts,
                                         const std::optional<QrCode>& qr) {
    std::vector<PageBox> boxes;
    drawBorder(cr);
    TextSetter text(cr, fonts);

    double y = 92;
    if (!certificate.institution.empty()) {
        y += text.showFitted("institution", certificate.institution,
                             {fonts.text, 16, true, kInk, PANGO_ALIGN_CENTER}, kContentLeft, y,
                             kContentWidth, 2, 11, boxes);
        y += 18;
    }
    const std::string title = certificate.title.empty() ? "岗位资格证书" : certificate.title;
    y +=
        text.showFitted("title", title, {fonts.title, 38, true, kSealRed, PANGO_ALIGN_CENTER, 0.25},
                        kContentLeft, y, kContentWidth, 1, 20, boxes);
    y += 16;
    drawOrnament(cr, y);
    y += 26;
    y += text.show("attestation", "兹证明下列人员经培训考核合格，具备本岗位上岗资格，特发此证。",
                   {fonts.text, 12, false, kInk, PANGO_ALIGN_CENTER}, kContentLeft, y,
                   kContentWidth, boxes);

    // The foot: the QR code and its notes on the left, the issuer on the right, bottom-aligned.
    double footHeight = 0;
    std::string codeNote = "扫描二维码可离线核验本证书真伪";
    const TextStyle noteStyle{fonts.text, 8, false, kMuted, PANGO_ALIGN_LEFT};
    // A fixed-width face keeps 0 and O, 1 and l apart for someone typing the code in.
    const TextStyle codeStyle{"monospace", 6, false, kMuted, PANGO_ALIGN_LEFT, 0, true};
    if (qr) {
        footHeight = kQrSide + 4 + text.measureHeight(codeNote, noteStyle, kQrColumnWidth) + 2 +
                     text.measureHeight(certificate.verificationCode, codeStyle, kQrColumnWidth);
    }
    const TextStyle issuerLabel{fonts.text, 10, false, kMuted, PANGO_ALIGN_RIGHT};
    const TextStyle issuerStyle{fonts.text, 14, true, kInk, PANGO_ALIGN_RIGHT};
    const double issuerHeight =
        text.measureHeight("发证机构（盖章）", issuerLabel, kIssuerColumnWidth) + 6 +
        text.measureHeight(certificate.issuer, issuerStyle, kIssuerColumnWidth);
    // Room above the issuer's name for the seal, which is stamped by hand.
    footHeight = std::max(footHeight, issuerHeight + 60);
    const double footTop = kContentBottom - footHeight;

    if (qr) {
        const double qrLeft = kContentLeft + 8;
        drawQr(cr, *qr, qrLeft, footTop, boxes);
        double noteY = footTop + kQrSide + 4;
        noteY += text.show("qr note", codeNote, noteStyle, qrLeft, noteY, kQrColumnWidth, boxes);
        text.show("verification code", certificate.verificationCode, codeStyle, qrLeft, noteY + 2,
                  kQrColumnWidth, boxes);
    }
    const double issuerLeft = kContentRight - 8 - kIssuerColumnWidth;
    double issuerY = kContentBottom - issuerHeight;
    issuerY += text.show("issuer label", "发证机构（盖章）", issuerLabel, issuerLeft, issuerY,
                         kIssuerColumnWidth, boxes);
    text.show("issuer", certificate.issuer, issuerStyle, issuerLeft, issuerY + 6,
              kIssuerColumnWidth, boxes);

    // The particulars take the largest size that fits between the attestation and the foot, and
    // sit in the upper part of the space left, where the eye expects them.
    const std::vector<Field> fields = particulars(certificate);
    const double top = y + 30;
    const double room = footTop - 24 - top;
    double size = 14;
    double height = layOutParticulars(text, fields, size, 0, top, false, nullptr);
    while (height > room && size > 7) {
        size -= 0.5;
        height = layOutParticulars(text, fields, size, 0, top, false, nullptr);
    }
    // Space to spare first opens the rows up a little, then the rest goes a third above and two
    // thirds below the table.
    const double rows = static_cast<double>(fields.size() - 1);
    const double extraGap = std::clamp((room - height) / 2 / rows, 0.0, size * 0.5);
    height += extraGap * rows;
    const double spare = std::max(0.0, room - height);
    layOutParticulars(text, fields, size, extraGap, top + spare / 3, true, &boxes);
    return boxes;
}

std::vector<PageBox> certificatePageLayout(const CertificatePrint& certificate,
                                           const CertificateFonts& fonts,
                                           const std::optional<QrCode>& qr) {
    cairo_rectangle_t extents{0, 0, kA4Width, kA4Height};
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents),
        &cairo_surface_destroy);
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                &cairo_destroy);
    return drawCertificatePage(cr.get(), certificate, fonts, qr);
}

}  // namespace tqm::report
