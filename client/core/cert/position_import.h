// Positions from a CSV file (`tqm cert positions import`): one row per position, keyed by its
// name, saying whether it is a key position (关键岗位). Reading touches no database; the rows are
// resolved against it with resolvePositions() (cert/import_resolution.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cert/cert_csv.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

enum class PositionField : std::uint8_t {
    Name,         // 岗位 (position), required
    Key,          // 关键岗位 (key): 是 / 否, Y / N, 1 / 0, true / false; 否 if empty
    Description,  // 说明 (description)
};

extern const std::array<ColumnSpec, 3> kPositionColumns;

struct PositionRow {
    SourceRow source;
    Position position;  // id 0 until resolved: then the id of the position with this name, if any

    bool operator==(const PositionRow&) const = default;
};

struct PositionFile {
    std::vector<PositionRow> rows;  // the rows without errors, in file order
    ImportReport report;
};

PositionFile readPositions(std::string_view bytes, const std::string& fileName);

}  // namespace tqm::cert
