// The warnings of the certificate area (关键岗位持证上岗):
// - a person in (or about to be put in) a key position without a qualifying certificate for one
//   of its mandatory requirements;
// - a key position that only one qualified person covers (a single point of failure), or none;
// - certificates whose last valid day or next review falls within a number of days (the "due
//   soon" list: 30, 60 or 90 days as the organizer picks).
// Only key positions are checked for the first two: a position that is not key asks for its
// certificates without making anyone unfit to work in it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "cert/requirement_status.h"

namespace tqm::cert {

// A mandatory requirement of a key position the person does not meet.
struct AssignmentWarning {
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    std::int64_t certificateTypeId = 0;
    Status status = Status::Missing;  // not qualifying: missing, expired, ..., not-yet-required
    std::optional<std::int64_t> certificateId;  // the best one held, if any
    Date requiredFrom{};  // the day it must be held from (first day + days allowed)

    bool operator==(const AssignmentWarning&) const = default;
};

// To run before an assignment is saved: every mandatory requirement of the position (when it is
// key) that the person does not meet on the assignment's first day, by type code. Empty when the
// position is not key or the person holds everything.
std::vector<AssignmentWarning> checkAssignment(const CertificateBookIndex& index,
                                               const Assignment& proposed);

// Every person in a key position on the day with a mandatory requirement not met (including the
// ones still within their days allowed, shown as not-yet-required), sorted like statusesAsOf().
std::vector<AssignmentWarning> uncertifiedAssignments(const CertificateBookIndex& index, Date asOf);

enum class CoverageProblem : std::uint8_t {
    NotCovered,            // nobody in the position is qualified
    SinglePointOfFailure,  // exactly one person is
};

struct CoverageWarning {
    std::int64_t positionId = 0;
    CoverageProblem problem = CoverageProblem::NotCovered;
    int assigned = 0;                           // people in the position on the day
    std::vector<std::int64_t> qualifiedPeople;  // zero or one person id

    bool operator==(const CoverageWarning&) const = default;
};

// Key positions with fewer than two qualified people on the day, by position name.
std::vector<CoverageWarning> coverageWarnings(const CertificateBookIndex& index, Date asOf);

enum class DueKind : std::uint8_t {
    Expiry,  // the last valid day (renewal by re-exam)
    Review,  // a 复审 due (or overdue and still inside its grace days)
};

struct DueItem {
    std::int64_t certificateId = 0;
    std::int64_t personId = 0;
    std::int64_t certificateTypeId = 0;
    DueKind kind = DueKind::Expiry;
    Date dueOn{};                   // the last valid day, or the review's due day
    Status status = Status::Valid;  // the certificate's status on the day asked about
    int daysLeft = 0;               // dueOn − the day asked about; negative when already past

    bool operator==(const DueItem&) const = default;
};

// What falls due from the day through `days` days later (`tqm cert due --days N`, the home
// page's "due soon" list): certificates that still count (valid, renewal open, review due, in
// grace) whose last valid day or next review is on or before day + days, including the ones
// already past it and still accepted. A certificate the person has already renewed (another one
// of the type, not revoked, that runs on past it without a gap) is left out. Sorted by due day,
// 工号, type code, kind.
std::vector<DueItem> due(const CertificateBookIndex& index, Date asOf, int days);

}  // namespace tqm::cert
