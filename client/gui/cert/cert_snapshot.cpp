#include "cert/cert_snapshot.h"

#include <algorithm>

namespace tqm::gui {

const std::vector<cert::DueItem>& CertificateSnapshot::dueWithin(int days) const {
    for (std::size_t i = 0; i < kDueHorizons.size(); ++i)
        if (kDueHorizons[i] == days) return due[i];
    return due.back();
}

std::vector<const cert::RequirementStatusRow*> CertificateSnapshot::rowsOf(
    cert::MatrixAxis axis, std::int64_t id, std::int64_t typeId) const {
    std::vector<const cert::RequirementStatusRow*> found;
    for (const cert::RequirementStatusRow& row : rows) {
        const std::int64_t rowId = axis == cert::MatrixAxis::People ? row.personId : row.positionId;
        if (rowId == id && row.certificateTypeId == typeId) found.push_back(&row);
    }
    return found;
}

std::shared_ptr<const CertificateSnapshot> makeCertificateSnapshot(cert::CertificateBook book,
                                                                   Date asOf) {
    auto snapshot = std::make_shared<CertificateSnapshot>();
    snapshot->asOf = asOf;
    snapshot->book = std::move(book);
    snapshot->index = std::make_unique<cert::CertificateBookIndex>(snapshot->book);
    const cert::CertificateBookIndex& index = *snapshot->index;
    snapshot->rows = cert::statusesAsOf(index, asOf);
    snapshot->people = cert::statusMatrix(index, snapshot->rows, cert::MatrixAxis::People);
    snapshot->positions = cert::statusMatrix(index, snapshot->rows, cert::MatrixAxis::Positions);
    for (std::size_t i = 0; i < kDueHorizons.size(); ++i)
        snapshot->due[i] = cert::due(index, asOf, kDueHorizons[i]);
    snapshot->coverage = cert::coverageWarnings(index, asOf);
    for (const cert::RequirementStatusRow& row : snapshot->rows) {
        std::vector<std::int64_t>& held = snapshot->positionsOf[row.personId];
        if (std::find(held.begin(), held.end(), row.positionId) == held.end())
            held.push_back(row.positionId);
    }
    return snapshot;
}

}  // namespace tqm::gui
