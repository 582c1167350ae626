// The certificate matrix the GUI and `tqm cert matrix` show: rows are people or positions,
// columns are every certificate type (by code), and a cell sums up the requirement rows of that
// row and type as of a day.
//
// - People: every person with at least one requirement that day, by 工号. A cell is required
//   when one of the person's positions asks for the type.
// - Positions: every position with at least one requirement, by name, whether or not anyone is
//   assigned. A cell is required when the position asks for the type; with nobody assigned its
//   worst and best are "missing" (nobody holds it for the position).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cert/requirement_status.h"

namespace tqm::cert {

enum class MatrixAxis : std::uint8_t { People, Positions };

struct MatrixCell {
    bool required = false;   // some requirement row asks for the type here
    bool mandatory = false;  // one of them is mandatory
    Status worst = Status::Missing;
    Status best = Status::Missing;
    int rows = 0;  // requirement rows summed up (people in the position, or the person's positions)
    int qualified = 0;  // of them, with a qualifying status

    bool operator==(const MatrixCell&) const = default;
};

struct StatusMatrix {
    MatrixAxis axis = MatrixAxis::People;
    std::vector<std::int64_t> rowIds;   // person or position ids
    std::vector<std::int64_t> typeIds;  // columns
    std::vector<MatrixCell> cells;      // row after row, rowIds.size() × typeIds.size()

    const MatrixCell& at(std::size_t row, std::size_t column) const {
        return cells[row * typeIds.size() + column];
    }
};

// `rows` are statusesAsOf(index, day) for the same book.
StatusMatrix statusMatrix(const CertificateBookIndex& index,
                          const std::vector<RequirementStatusRow>& rows, MatrixAxis axis);

}  // namespace tqm::cert
