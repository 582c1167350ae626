// Printable certificates (report/certificate_pdf.h) for certificates in the database, chosen by
// number: the holder from the roster, the type's name, the certificate's dates and issuer (the
// type's issuer when the certificate names none), the institution printed at the top, and the
// verification code carried by the QR code. Imported certificates have no code (see
// cert/certificate_file_import.h) and are printed without a QR code.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cert/certificate_book_index.h"
#include "report/certificate_pdf.h"
#include "store/database.h"

namespace tqm::cert {

struct PrintSelection {
    std::vector<report::CertificatePrint> certificates;  // in the order the numbers were given
    std::vector<std::string> unknownNumbers;             // numbers no certificate has
};

PrintSelection certificatePrints(const CertificateBookIndex& index,
                                 std::span<const std::string> numbers,
                                 const std::string& institution);

// Why no PDF was written: unknown-number (the message lists every number not found),
// no-chinese-font, code-too-long, no-certificates, export-failed.
struct PrintProblem {
    std::string code;
    std::string message;

    bool operator==(const PrintProblem&) const = default;
};

struct PrintResult {
    std::size_t pages = 0;  // one per certificate
    std::optional<PrintProblem> problem;
};

// Writes one A4 page per certificate to `file`; nothing is written when any number is unknown.
PrintResult printCertificates(store::Database& database, std::span<const std::string> numbers,
                              const std::string& institution, const std::filesystem::path& file);

}  // namespace tqm::cert
