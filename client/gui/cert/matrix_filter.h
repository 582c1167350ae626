// Which rows of the certificate matrix are shown: the organizer narrows them by unit, by
// position, to key positions only and by a search over 工号 and name (or the position's name).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <wx/string.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

struct MatrixFilter {
    cert::MatrixAxis axis = cert::MatrixAxis::People;
    std::string unit;             // people only; empty: every unit
    std::int64_t positionId = 0;  // 0: every position
    bool keyPositionsOnly = false;
    wxString search;  // part of a 工号, a name or a position; letter case ignored
};

// Indexes into the axis's matrix rows, in the matrix's order.
std::vector<std::size_t> shownMatrixRows(const CertificateSnapshot& snapshot,
                                         const MatrixFilter& filter);

// Every unit of the people in the matrix, sorted, without repeats.
std::vector<std::string> matrixUnits(const CertificateSnapshot& snapshot);

}  // namespace tqm::gui
