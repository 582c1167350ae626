// Certificate types from a CSV file (`tqm cert types import`): one row per type, keyed by its
// code, with the issuer, validity, 复审 and renewal rules. Reading touches no database; the rows
// are resolved against it with resolveCertificateTypes() (cert/import_resolution.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cert/cert_csv.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

// The columns of a certificate types file, in the order of kCertificateTypeColumns.
enum class TypeField : std::uint8_t {
    Code,        // 代码 (code), required
    Name,        // 名称 (name), required
    IssuerKind,  // 发证机构类型 (issuer_kind): 内部 / 中国质量协会 / 政府部门 / 其他; 内部 if empty
    Issuer,      // 发证机构 (issuer)
    ValidityMonths,     // 有效期(月) (validity_months); empty: never expires
    ReviewMonths,       // 复审周期(月) (review_months); empty: no review
    RenewalWindowDays,  // 续证提前天数 (renewal_window_days); 0 if empty
    GraceDays,          // 宽限天数 (grace_days); 0 if empty
    ExamId,             // 考试编号 (exam_id)
    NumberPattern,      // 编号规则 (number_pattern); the model's default if empty
};

extern const std::array<ColumnSpec, 10> kCertificateTypeColumns;

struct CertificateTypeRow {
    SourceRow source;
    CertificateType type;  // id 0 until resolved: then the id of the type with this code, if any

    bool operator==(const CertificateTypeRow&) const = default;
};

struct CertificateTypeFile {
    std::vector<CertificateTypeRow> rows;  // the rows without errors, in file order
    ImportReport report;
};

// Reads and checks the file. Bytes may start with a UTF-8 BOM.
CertificateTypeFile readCertificateTypes(std::string_view bytes, const std::string& fileName);

}  // namespace tqm::cert
