// Printable certificates (岗位资格证书): one A4 portrait page per certificate in one PDF, Chinese
// text laid out by pango, and a QR code of the verification code drawn as vector squares so it
// stays crisp on any printer. The page holds, inside a double border: the institution's name,
// the title, a line of attestation, the holder (姓名, 工号, 单位), 证书类型, 证书编号, 发证日期,
// 有效期至, the QR code with a line saying it verifies offline and the code in small print under
// it, and 发证机构 with room for its seal. Long names wrap and shrink to stay inside the border.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include "base/calendar_date.h"
#include "report/result_rows.h"

namespace tqm::report {

struct CertificatePrint {
    std::string institution;         // the training institution or company, printed at the top
    std::string title;               // empty: 岗位资格证书
    std::string holderName;          // 姓名
    std::string employeeNo;          // 工号
    std::string unit;                // 单位
    std::string typeName;            // 证书类型
    std::string number;              // 证书编号
    Date issuedOn{};                 // 发证日期
    std::optional<Date> validUntil;  // 有效期至; nothing: 长期有效
    std::string issuer;              // 发证机构
    std::string verificationCode;    // carried by the QR code; empty: no QR code is printed
};

// "2026年11月24日", as dates are written on Chinese certificates.
std::string chineseDate(Date date);

enum class CertificatePdfProblem {
    None,
    NoChineseFont,   // no installed font covers Chinese: install fonts-noto-cjk
    CodeTooLong,     // a verification code holds more than a QR code can carry
    NoCertificates,  // nothing to print
};

struct CertificatePdf {
    std::string bytes;  // the PDF, empty when there is a problem
    CertificatePdfProblem problem = CertificatePdfProblem::None;
    std::string message;  // the problem in words, naming the certificate when it is one's
};

CertificatePdf certificatesPdf(std::span<const CertificatePrint> certificates);

// Writes the PDF through a temporary file and a rename, so a failed export leaves any earlier
// file as it was and no half file behind.
std::optional<ExportError> writeCertificatesPdf(const std::filesystem::path& file,
                                                std::span<const CertificatePrint> certificates);

}  // namespace tqm::report
