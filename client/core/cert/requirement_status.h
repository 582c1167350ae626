// Whether the people in a position hold what it requires, as of a day: one row per person ×
// requirement of every position the person is assigned to that day.
//
// - The best certificate of the required type is the one with the best status (status_word.h's
//   severity), then the later last valid day (none counts as latest), then the later valid-from.
// - A requirement whose best certificate is not qualifying (or that has none) is "not yet
//   required" while the days allowed run: `daysAllowed` days counted from the first day of the
//   person's unbroken time in the position (assignments that follow each other without a gap
//   count as one, so re-recording an assignment does not grant new days). From the first day
//   after them it is "missing", or the status of the best certificate (expired, revoked, not yet
//   valid).
// - Otherwise the requirement has the best certificate's status.
//
// A person is qualified for a position on a day when every mandatory requirement of the position
// is met by a qualifying certificate (valid, renewal open, review due or in grace; see
// isQualifying()). "Not yet required" does not make a person qualified: it only means they are
// not yet late. A position with no mandatory requirement asks nothing, so anyone is qualified.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "cert/certificate_book_index.h"
#include "cert/certificate_model.h"
#include "cert/certificate_status.h"

namespace tqm::cert {

struct RequirementStatusRow {
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    std::int64_t certificateTypeId = 0;
    RequirementLevel level = RequirementLevel::Mandatory;
    Status status = Status::Missing;
    std::optional<std::int64_t> certificateId;  // the best certificate of the type, if any
    CertificateStatus certificate;              // its status and dates (when there is one)
    Date assignedFrom{};                        // first day of the unbroken time in the position
    Date requiredFrom{};  // first day the certificate is required: assignedFrom + daysAllowed

    bool operator==(const RequirementStatusRow&) const = default;
};

struct BestCertificate {
    const Certificate* certificate = nullptr;
    CertificateStatus status;
};

// The person's best certificate of the type on the day; nothing when they hold none of it (or
// the type is unknown).
std::optional<BestCertificate> bestCertificate(const CertificateBookIndex& index,
                                               std::int64_t personId, std::int64_t typeId,
                                               Date asOf);

// The first day of the person's unbroken time in the position that includes `day`; nothing
// when they are not assigned to it that day.
std::optional<Date> assignedSince(const CertificateBookIndex& index, std::int64_t personId,
                                  std::int64_t positionId, Date day);

// Every person × requirement as of the day, sorted by 工号, position name and type code.
std::vector<RequirementStatusRow> statusesAsOf(const CertificateBook& book, Date asOf);
std::vector<RequirementStatusRow> statusesAsOf(const CertificateBookIndex& index, Date asOf);

// One person's rows as of the day (for a person page), in the same order.
std::vector<RequirementStatusRow> personStatusesAsOf(const CertificateBookIndex& index,
                                                     std::int64_t personId, Date asOf);

// The rows the person would have in the position on the day, counting their time in it from
// `assignedFrom` (whether or not that assignment is in the book yet), by type code.
std::vector<RequirementStatusRow> requirementRowsFor(const CertificateBookIndex& index,
                                                     std::int64_t personId, std::int64_t positionId,
                                                     Date assignedFrom, Date asOf);

// Was the person qualified for the position on the day? (See the rule above.)
bool isQualified(const CertificateBook& book, std::int64_t personId, std::int64_t positionId,
                 Date day);
bool isQualified(const CertificateBookIndex& index, std::int64_t personId, std::int64_t positionId,
                 Date day);

}  // namespace tqm::cert
