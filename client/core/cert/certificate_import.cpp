#include "cert/certificate_import.h"

#include <map>

namespace tqm::cert {

const std::array<ColumnSpec, 11> kCertificateColumns{{
    {"证书编号|number|certificate_no", true},
    {"工号|employee_no", true},
    {"姓名|name", false},
    {"证书类型代码|certificate_type|type_code|证书类型", true},
    {"发证日期|issued_on", true},
    {"有效期起|valid_from", false},
    {"有效期至|valid_until", false},
    {"发证机构|issuer", false},
    {"下次复审|next_review", false},
    {"证据文件|evidence_file", false},
    {"身份证号|id_number", false},
}};

namespace {

constexpr std::size_t at(CertificateField field) {
    return static_cast<std::size_t>(field);
}

// The dates of a row and how they must relate; false after reporting each that does not.
bool checkDates(CertCsvRow& row, const Certificate& certificate) {
    bool ok = true;
    if (certificate.validUntil && *certificate.validUntil < certificate.validFrom) {
        row.error(at(CertificateField::ValidUntil), "valid-until-before-valid-from",
                  "the end of validity " + formatDate(*certificate.validUntil) +
                      " is before the start of validity " + formatDate(certificate.validFrom),
                  {0, {}, formatDate(*certificate.validUntil), {}});
        ok = false;
    }
    if (!certificate.reviews.empty() && certificate.reviews.front().dueOn < certificate.issuedOn) {
        const std::string due = formatDate(certificate.reviews.front().dueOn);
        row.error(at(CertificateField::NextReview), "review-before-issue",
                  "the next review " + due + " is before the issue date " +
                      formatDate(certificate.issuedOn),
                  {0, {}, due, {}});
        ok = false;
    }
    return ok;
}

}  // namespace

CertificateFile readCertificates(std::string_view bytes, const std::string& fileName) {
    CertificateFile file;
    file.report.file = fileName;
    std::map<std::string, std::vector<SourceRow>> rowsByNumber;
    const CertCsvLayout layout{"certificates", kCertificateColumns};
    std::set<std::size_t> rejected = readCertCsv(bytes, layout, file.report, [&](CertCsvRow& row) {
        const auto number = row.key(at(CertificateField::Number), "certificate number (证书编号)");
        const auto employeeNo = row.key(at(CertificateField::EmployeeNo), "工号");
        const auto code =
            row.key(at(CertificateField::TypeCode), "certificate type code (证书类型代码)");
        std::optional<Date> issuedOn;
        if (row.text(at(CertificateField::IssuedOn)).empty())
            row.error(at(CertificateField::IssuedOn), "missing-value",
                      "the issue date (发证日期) is empty");
        else
            issuedOn = row.date(at(CertificateField::IssuedOn));
        const auto validFrom = row.date(at(CertificateField::ValidFrom));
        const auto validUntil = row.date(at(CertificateField::ValidUntil));
        const auto nextReview = row.date(at(CertificateField::NextReview));
        if (number) rowsByNumber[*number].push_back(row.where());
        if (!row.accepted()) return;

        Certificate certificate;
        certificate.number = *number;
        certificate.issuedOn = *issuedOn;
        certificate.validFrom = validFrom.value_or(*issuedOn);
        certificate.validUntil = validUntil;
        certificate.issuer = std::string(row.text(at(CertificateField::Issuer)));
        certificate.source = CertificateSource::Imported;
        certificate.evidenceFile = std::string(row.text(at(CertificateField::EvidenceFile)));
        if (nextReview) {
            ReviewEvent review;
            review.dueOn = *nextReview;
            certificate.reviews.push_back(review);
        }
        if (!checkDates(row, certificate)) return;
        file.rows.push_back(
            {row.where(), *employeeNo, std::string(row.text(at(CertificateField::Name))), *code,
             row.halfWidth(at(CertificateField::IdNumber)), std::move(certificate)});
    });
    rejectRepeatedKeys(rowsByNumber, at(CertificateField::Number), "duplicate-certificate-number",
                       "certificate number (证书编号)", file.report, rejected);
    keepAcceptedRows(file.rows, rejected);
    finishReport(file.report, rejected);
    return file;
}

}  // namespace tqm::cert
