#include "cert/status_matrix.h"

#include <unordered_map>

namespace tqm::cert {

namespace {

void fold(MatrixCell& cell, const RequirementStatusRow& row) {
    if (cell.rows == 0 || severity(row.status) > severity(cell.worst)) cell.worst = row.status;
    if (cell.rows == 0 || severity(row.status) < severity(cell.best)) cell.best = row.status;
    cell.required = true;
    cell.mandatory = cell.mandatory || row.level == RequirementLevel::Mandatory;
    ++cell.rows;
    if (isQualifying(row.status)) ++cell.qualified;
}

}  // namespace

StatusMatrix statusMatrix(const CertificateBookIndex& index,
                          const std::vector<RequirementStatusRow>& rows, MatrixAxis axis) {
    StatusMatrix matrix;
    matrix.axis = axis;
    std::unordered_map<std::int64_t, std::size_t> column;
    for (const CertificateType* type : index.typesByCode()) {
        column.emplace(type->id, matrix.typeIds.size());
        matrix.typeIds.push_back(type->id);
    }
    const std::size_t width = matrix.typeIds.size();
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    const auto addRow = [&](std::int64_t id) {
        rowOf.emplace(id, matrix.rowIds.size());
        matrix.rowIds.push_back(id);
        matrix.cells.resize(matrix.cells.size() + width);
    };

    if (axis == MatrixAxis::Positions) {
        for (const Position* position : index.positionsByName()) {
            const auto requirements = index.requirementsOf(position->id);
            if (requirements.empty()) continue;
            addRow(position->id);
            MatrixCell* cells = &matrix.cells[matrix.cells.size() - width];
            for (const Requirement* requirement : requirements) {
                const auto found = column.find(requirement->certificateTypeId);
                if (found == column.end()) continue;
                cells[found->second].required = true;
                if (requirement->level == RequirementLevel::Mandatory)
                    cells[found->second].mandatory = true;
            }
        }
    }

    for (const RequirementStatusRow& row : rows) {
        const std::int64_t rowId = axis == MatrixAxis::People ? row.personId : row.positionId;
        auto at = rowOf.find(rowId);
        if (at == rowOf.end()) {
            if (axis == MatrixAxis::Positions) continue;  // a position unknown to the book
            addRow(rowId);
            at = rowOf.find(rowId);
        }
        const auto found = column.find(row.certificateTypeId);
        if (found == column.end()) continue;
        fold(matrix.cells[at->second * width + found->second], row);
    }
    return matrix;
}

}  // namespace tqm::cert
