#include "cert/certificate_printing.h"

#include <map>

#include "base/file_io.h"
#include "store/certificate_repository.h"

namespace tqm::cert {

namespace {

report::CertificatePrint printOf(const Certificate& certificate, const PersonSummary& person,
                                 const CertificateType& type, const std::string& institution) {
    report::CertificatePrint print;
    print.institution = institution;
    print.holderName = person.name;
    print.employeeNo = person.employeeNo;
    print.unit = person.unit;
    print.typeName = type.name;
    print.number = certificate.number;
    print.issuedOn = certificate.issuedOn;
    print.validUntil = certificate.validUntil;
    print.issuer = certificate.issuer.empty() ? type.issuerName : certificate.issuer;
    print.verificationCode = certificate.verificationCode;
    return print;
}

std::string pdfProblemCode(report::CertificatePdfProblem problem) {
    switch (problem) {
        case report::CertificatePdfProblem::NoChineseFont:
            return "no-chinese-font";
        case report::CertificatePdfProblem::CodeTooLong:
            return "code-too-long";
        case report::CertificatePdfProblem::NoCertificates:
            return "no-certificates";
        case report::CertificatePdfProblem::None:
            break;
    }
    return "export-failed";
}

}  // namespace

PrintSelection certificatePrints(const CertificateBookIndex& index,
                                 std::span<const std::string> numbers,
                                 const std::string& institution) {
    std::map<std::string_view, const Certificate*> byNumber;
    for (const Certificate& certificate : index.book().certificates)
        byNumber.emplace(certificate.number, &certificate);
    PrintSelection selection;
    for (const std::string& number : numbers) {
        const auto found = byNumber.find(number);
        if (found == byNumber.end()) {
            selection.unknownNumbers.push_back(number);
            continue;
        }
        const Certificate& certificate = *found->second;
        selection.certificates.push_back(printOf(certificate, *index.person(certificate.personId),
                                                 *index.type(certificate.certificateTypeId),
                                                 institution));
    }
    return selection;
}

PrintResult printCertificates(store::Database& database, std::span<const std::string> numbers,
                              const std::string& institution, const std::filesystem::path& file) {
    const CertificateBook book = store::CertificateRepository(database).loadBook();
    const PrintSelection selection =
        certificatePrints(CertificateBookIndex(book), numbers, institution);
    if (!selection.unknownNumbers.empty()) {
        std::string list;
        for (const std::string& number : selection.unknownNumbers)
            list += (list.empty() ? "" : ", ") + number;
        return {0, PrintProblem{"unknown-number",
                                "no certificate has the number " + list + "; nothing was printed"}};
    }
    const report::CertificatePdf pdf = report::certificatesPdf(selection.certificates);
    if (pdf.problem != report::CertificatePdfProblem::None)
        return {0, PrintProblem{pdfProblemCode(pdf.problem), pdf.message}};
    if (std::string failure = writeFileAtomically(file, pdf.bytes); !failure.empty())
        return {0, PrintProblem{"export-failed", std::move(failure)}};
    return {selection.certificates.size(), std::nullopt};
}

}  // namespace tqm::cert
