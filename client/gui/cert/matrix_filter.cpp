#include "cert/matrix_filter.h"

#include <algorithm>
#include <set>

namespace tqm::gui {

namespace {

bool contains(const std::string& text, const wxString& lowerNeedle) {
    return wxString::FromUTF8(text).Lower().Contains(lowerNeedle);
}

bool personShown(const CertificateSnapshot& snapshot, std::int64_t personId,
                 const MatrixFilter& filter, const wxString& needle) {
    const cert::PersonSummary* person = snapshot.index->person(personId);
    if (!person) return false;
    if (!filter.unit.empty() && person->unit != filter.unit) return false;
    if (!needle.empty() && !contains(person->employeeNo, needle) && !contains(person->name, needle))
        return false;
    if (filter.positionId == 0 && !filter.keyPositionsOnly) return true;
    const auto held = snapshot.positionsOf.find(personId);
    if (held == snapshot.positionsOf.end()) return false;
    return std::any_of(held->second.begin(), held->second.end(), [&](std::int64_t positionId) {
        if (filter.positionId != 0 && positionId != filter.positionId) return false;
        const cert::Position* position = snapshot.index->position(positionId);
        return !filter.keyPositionsOnly || (position && position->key);
    });
}

bool positionShown(const CertificateSnapshot& snapshot, std::int64_t positionId,
                   const MatrixFilter& filter, const wxString& needle) {
    const cert::Position* position = snapshot.index->position(positionId);
    if (!position) return false;
    if (filter.positionId != 0 && positionId != filter.positionId) return false;
    if (filter.keyPositionsOnly && !position->key) return false;
    return needle.empty() || contains(position->name, needle);
}

}  // namespace

std::vector<std::size_t> shownMatrixRows(const CertificateSnapshot& snapshot,
                                         const MatrixFilter& filter) {
    const cert::StatusMatrix& matrix = snapshot.matrix(filter.axis);
    const wxString needle = filter.search.Strip(wxString::both).Lower();
    std::vector<std::size_t> shown;
    shown.reserve(matrix.rowIds.size());
    for (std::size_t row = 0; row < matrix.rowIds.size(); ++row) {
        const std::int64_t id = matrix.rowIds[row];
        const bool keep = filter.axis == cert::MatrixAxis::People
                              ? personShown(snapshot, id, filter, needle)
                              : positionShown(snapshot, id, filter, needle);
        if (keep) shown.push_back(row);
    }
    return shown;
}

std::vector<std::string> matrixUnits(const CertificateSnapshot& snapshot) {
    std::set<std::string> units;
    for (std::int64_t personId : snapshot.people.rowIds) {
        const cert::PersonSummary* person = snapshot.index->person(personId);
        if (person && !person->unit.empty()) units.insert(person->unit);
    }
    return {units.begin(), units.end()};
}

}  // namespace tqm::gui
