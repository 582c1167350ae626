#include "report/certificate_pdf.h"

#include <cstdio>
#include <memory>
#include <stdexcept>

#include <cairo-pdf.h>

#include "base/file_io.h"
#include "report/certificate_page_cairo.h"

namespace tqm::report {

namespace {

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

CertificatePdf problem(CertificatePdfProblem what, std::string message) {
    return {std::string(), what, std::move(message)};
}

}  // namespace

std::string chineseDate(Date date) {
    const std::chrono::year_month_day day(date);
    char text[32];
    std::snprintf(text, sizeof text, "%d年%u月%u日", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

CertificatePdf certificatesPdf(std::span<const CertificatePrint> certificates) {
    if (certificates.empty())
        return problem(CertificatePdfProblem::NoCertificates, "there is no certificate to print.");
    const auto fonts = installedCertificateFonts();
    if (!fonts)
        return problem(CertificatePdfProblem::NoChineseFont,
                       "no installed font can print Chinese; install a Chinese font such as "
                       "fonts-noto-cjk and export again.");
    // Encode every code before drawing, so a code that is too long stops the export with a clear
    // message instead of leaving a page without its QR code.
    std::vector<std::optional<QrCode>> codes;
    for (const CertificatePrint& certificate : certificates) {
        if (certificate.verificationCode.empty()) {
            codes.emplace_back();
            continue;
        }
        codes.push_back(encodeQr(certificate.verificationCode));
        if (!codes.back())
            return problem(CertificatePdfProblem::CodeTooLong,
                           "the verification code of certificate " + certificate.number +
                               " is too long for a QR code.");
    }

    std::string bytes;
    {
        const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
            cairo_pdf_surface_create_for_stream(&appendToString, &bytes, kA4Width, kA4Height),
            &cairo_surface_destroy);
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, "岗位资格证书");
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    &cairo_destroy);
        for (std::size_t i = 0; i < certificates.size(); ++i) {
            drawCertificatePage(cr.get(), certificates[i], *fonts, codes[i]);
            cairo_show_page(cr.get());
        }
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("cairo could not finish the PDF: ") +
                                     cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    return {std::move(bytes), CertificatePdfProblem::None, std::string()};
}

std::optional<ExportError> writeCertificatesPdf(const std::filesystem::path& file,
                                                std::span<const CertificatePrint> certificates) {
    CertificatePdf pdf = certificatesPdf(certificates);
    if (pdf.problem != CertificatePdfProblem::None)
        return ExportError{file.string(), "cannot write " + file.string() + ": " + pdf.message};
    std::string failure = writeFileAtomically(file, pdf.bytes);
    if (!failure.empty()) return ExportError{file.string(), std::move(failure)};
    return std::nullopt;
}

}  // namespace tqm::report
