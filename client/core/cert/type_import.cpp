#include "cert/type_import.h"

#include <map>

#include "cert/cell_words.h"

namespace tqm::cert {

// Long enough for any real certificate; a bigger figure is a typing slip.
constexpr int kMostMonths = 1200;
constexpr int kMostDays = 3650;

const std::array<ColumnSpec, 10> kCertificateTypeColumns{{
    {"代码|code|证书类型代码|type_code", true},
    {"名称|name|证书名称", true},
    {"发证机构类型|issuer_kind", false},
    {"发证机构|issuer", false},
    {"有效期(月)|validity_months|有效期", false},
    {"复审周期(月)|review_months|复审周期", false},
    {"续证提前天数|renewal_window_days", false},
    {"宽限天数|grace_days", false},
    {"考试编号|exam_id", false},
    {"编号规则|number_pattern", false},
}};

namespace {

constexpr std::size_t at(TypeField field) {
    return static_cast<std::size_t>(field);
}

std::optional<IssuerKind> readIssuerKind(CertCsvRow& row) {
    const std::string_view cell = row.text(at(TypeField::IssuerKind));
    if (cell.empty()) return IssuerKind::Internal;
    if (const auto kind = parseIssuerKind(cell)) return kind;
    row.error(at(TypeField::IssuerKind), "unknown-issuer-kind",
              "\"" + std::string(cell) +
                  "\" is not an issuer kind; write 内部, 中国质量协会, 政府部门 or 其他 "
                  "(internal, caq, government, other)",
              {0, {}, std::string(cell), {}});
    return std::nullopt;
}

}  // namespace

CertificateTypeFile readCertificateTypes(std::string_view bytes, const std::string& fileName) {
    CertificateTypeFile file;
    file.report.file = fileName;
    std::map<std::string, std::vector<SourceRow>> rowsByCode;
    const CertCsvLayout layout{"certificate types", kCertificateTypeColumns};
    std::set<std::size_t> rejected = readCertCsv(bytes, layout, file.report, [&](CertCsvRow& row) {
        CertificateType type;
        const auto code = row.key(at(TypeField::Code), "code (代码)");
        const auto name = row.required(at(TypeField::Name), "name (名称)");
        const auto kind = readIssuerKind(row);
        type.issuerName = std::string(row.text(at(TypeField::Issuer)));
        type.validityMonths = row.wholeNumber(at(TypeField::ValidityMonths), 1, kMostMonths);
        type.reviewMonths = row.wholeNumber(at(TypeField::ReviewMonths), 1, kMostMonths);
        type.renewalWindowDays =
            row.wholeNumber(at(TypeField::RenewalWindowDays), 0, kMostDays).value_or(0);
        type.graceDays = row.wholeNumber(at(TypeField::GraceDays), 0, kMostDays).value_or(0);
        type.examId = row.id(at(TypeField::ExamId));
        if (const std::string pattern(row.text(at(TypeField::NumberPattern))); !pattern.empty())
            type.numberPattern = pattern;
        if (code) rowsByCode[*code].push_back(row.where());
        if (!row.accepted()) return;
        type.code = *code;
        type.name = *name;
        type.issuerKind = *kind;
        file.rows.push_back({row.where(), std::move(type)});
    });
    rejectRepeatedKeys(rowsByCode, at(TypeField::Code), "duplicate-code", "code (代码)",
                       file.report, rejected);
    keepAcceptedRows(file.rows, rejected);
    finishReport(file.report, rejected);
    return file;
}

}  // namespace tqm::cert
