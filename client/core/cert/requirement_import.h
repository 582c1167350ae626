// Requirements from a CSV file (`tqm cert requirements import`): which certificate types a
// position asks for, mandatory or recommended, and how many days someone newly assigned has to
// obtain them. Rows name positions and types as people write them (岗位 name, type code); the
// ids come from resolveRequirements() (cert/import_resolution.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cert/cert_csv.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

enum class RequirementField : std::uint8_t {
    Position,     // 岗位 (position), required
    TypeCode,     // 证书类型代码 (certificate_type), required
    Level,        // 要求 (level): 必需 / 建议, mandatory / recommended; 必需 if empty
    DaysAllowed,  // 上岗后期限(天) (days_allowed); 0 if empty
};

extern const std::array<ColumnSpec, 4> kRequirementColumns;

struct RequirementRow {
    SourceRow source;
    std::string positionName;
    std::string typeCode;
    Requirement requirement;  // positionId and certificateTypeId 0 until resolved

    bool operator==(const RequirementRow&) const = default;
};

struct RequirementFile {
    std::vector<RequirementRow> rows;  // the rows without errors, in file order
    ImportReport report;
};

RequirementFile readRequirements(std::string_view bytes, const std::string& fileName);

}  // namespace tqm::cert
