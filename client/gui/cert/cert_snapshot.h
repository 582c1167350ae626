// The certificate book as of one day, with everything the certificate screens show computed
// once: the requirement statuses, both matrices, what falls due in 30, 60 and 90 days and the
// key positions short of qualified people. Made on a worker thread (cert/snapshot_loader.h)
// and then only read, so the screens share it without copying.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "cert/certificate_book_index.h"
#include "cert/certificate_model.h"
#include "cert/certificate_warnings.h"
#include "cert/requirement_status.h"
#include "cert/status_matrix.h"

namespace tqm::gui {

// The horizons the organizer picks from for the "due soon" list.
inline constexpr std::array<int, 3> kDueHorizons = {30, 60, 90};

struct CertificateSnapshot {
    Date asOf{};
    cert::CertificateBook book;
    std::unique_ptr<cert::CertificateBookIndex> index;  // over `book`
    std::vector<cert::RequirementStatusRow> rows;       // statusesAsOf(asOf)
    cert::StatusMatrix people;
    cert::StatusMatrix positions;
    std::array<std::vector<cert::DueItem>, kDueHorizons.size()> due;  // by kDueHorizons
    std::vector<cert::CoverageWarning> coverage;
    // The positions each person holds that day with a requirement, by person id.
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> positionsOf;

    // What falls due within `days` (one of kDueHorizons; the longest for any other).
    const std::vector<cert::DueItem>& dueWithin(int days) const;
    const cert::StatusMatrix& matrix(cert::MatrixAxis axis) const {
        return axis == cert::MatrixAxis::People ? people : positions;
    }
    // The requirement rows of the person (or position, by the axis) and type.
    std::vector<const cert::RequirementStatusRow*> rowsOf(cert::MatrixAxis axis, std::int64_t id,
                                                          std::int64_t typeId) const;
};

// Computes everything as of `asOf` from `book`.
std::shared_ptr<const CertificateSnapshot> makeCertificateSnapshot(cert::CertificateBook book,
                                                                   Date asOf);

}  // namespace tqm::gui
