// Existing certificates from a CSV file (`tqm cert import`), as a quality department keeps them in
// a spreadsheet: one row per certificate, naming its holder by 工号 and its type by code. Reading
// checks each row on its own and the file as a whole (a 证书编号 in two rows); the ids, and the
// numbers the database already holds, come in with resolveCertificates()
// (cert/import_resolution.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cert/cert_csv.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

enum class CertificateField : std::uint8_t {
    Number,        // 证书编号 (number), required, unique
    EmployeeNo,    // 工号 (employee_no), required
    Name,          // 姓名 (name): carried for the caller to check against the roster
    TypeCode,      // 证书类型代码 (certificate_type), required
    IssuedOn,      // 发证日期 (issued_on), required
    ValidFrom,     // 有效期起 (valid_from); the issue date if empty
    ValidUntil,    // 有效期至 (valid_until); empty: no expiry
    Issuer,        // 发证机构 (issuer)
    NextReview,    // 下次复审 (next_review): becomes a review event due that day
    EvidenceFile,  // 证据文件 (evidence_file)
    IdNumber,      // 身份证号 (id_number): carried as text for the caller to check and seal
};

extern const std::array<ColumnSpec, 11> kCertificateColumns;

struct CertificateRow {
    SourceRow source;
    std::string employeeNo;  // 工号, half-width
    std::string name;        // 姓名 as written; may be empty
    std::string typeCode;
    std::string idNumber;  // 身份证号 as written (half-width); empty when not given
    // Source Imported; personId and certificateTypeId 0 until resolved; a review due when the
    // row gave 下次复审.
    Certificate certificate;

    bool operator==(const CertificateRow&) const = default;
};

struct CertificateFile {
    std::vector<CertificateRow> rows;  // the rows without errors, in file order
    ImportReport report;
};

CertificateFile readCertificates(std::string_view bytes, const std::string& fileName);

}  // namespace tqm::cert
