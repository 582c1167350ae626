#include "cert/requirement_import.h"

#include <map>

#include "cert/cell_words.h"

namespace tqm::cert {

const std::array<ColumnSpec, 4> kRequirementColumns{{
    {"岗位|position|岗位名称", true},
    {"证书类型代码|certificate_type|type_code|证书类型|代码", true},
    {"要求|level|requirement", false},
    {"上岗后期限(天)|days_allowed|期限(天)", false},
}};

namespace {

constexpr int kMostDays = 3650;

constexpr std::size_t at(RequirementField field) {
    return static_cast<std::size_t>(field);
}

std::optional<RequirementLevel> readLevel(CertCsvRow& row) {
    const std::string_view cell = row.text(at(RequirementField::Level));
    if (cell.empty()) return RequirementLevel::Mandatory;
    if (const auto level = parseRequirementLevel(cell)) return level;
    row.error(at(RequirementField::Level), "unknown-requirement-level",
              "\"" + std::string(cell) +
                  "\" is not a requirement; write 必需 or 建议 (mandatory, recommended)",
              {0, {}, std::string(cell), {}});
    return std::nullopt;
}

}  // namespace

RequirementFile readRequirements(std::string_view bytes, const std::string& fileName) {
    RequirementFile file;
    file.report.file = fileName;
    std::map<std::string, std::vector<SourceRow>> rowsByPair;
    const CertCsvLayout layout{"requirements", kRequirementColumns};
    std::set<std::size_t> rejected = readCertCsv(bytes, layout, file.report, [&](CertCsvRow& row) {
        const auto position = row.required(at(RequirementField::Position), "position (岗位)");
        const auto code =
            row.key(at(RequirementField::TypeCode), "certificate type code (证书类型代码)");
        const auto level = readLevel(row);
        const auto days = row.wholeNumber(at(RequirementField::DaysAllowed), 0, kMostDays);
        if (position && code) rowsByPair[*position + " / " + *code].push_back(row.where());
        if (!row.accepted()) return;
        file.rows.push_back(
            {row.where(), *position, *code, Requirement{0, 0, *level, days.value_or(0)}});
    });
    rejectRepeatedKeys(rowsByPair, at(RequirementField::Position), "duplicate-requirement",
                       "requirement (岗位 / 证书类型代码)", file.report, rejected);
    keepAcceptedRows(file.rows, rejected);
    finishReport(file.report, rejected);
    return file;
}

}  // namespace tqm::cert
