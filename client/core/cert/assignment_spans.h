// A person's time in positions as the person page shows it: unbroken time in one position is one
// span, however many assignments it was stored as. A roster import dates a position from the day
// it ran, and an organizer may add the earlier years as a second assignment ending the day
// before; to the reader that is one stretch of work, not two.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "cert/certificate_model.h"

namespace tqm::cert {

struct AssignmentSpan {
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    Date from{};
    std::optional<Date> to;                   // nothing while still in the position
    std::vector<std::int64_t> assignmentIds;  // the stored pieces, earliest first

    // The piece still open, the one to end when the person leaves; nothing once the span ended.
    std::optional<std::int64_t> openAssignmentId() const;

    bool operator==(const AssignmentSpan&) const = default;
};

// Joins assignments of the same person and position that touch (one begins on the day after the
// other's last day, or earlier) into one span. Sorted by first day, position id, person id.
std::vector<AssignmentSpan> mergeAssignmentSpans(std::span<const Assignment* const> assignments);
std::vector<AssignmentSpan> mergeAssignmentSpans(std::span<const Assignment> assignments);

// The span of `position` that shares a day with [from, to] (an open end reaches the far future):
// what an assignment over those days would collide with.
std::optional<AssignmentSpan> spanOverlapping(std::span<const AssignmentSpan> spans,
                                              std::int64_t positionId, Date from,
                                              std::optional<Date> to);

}  // namespace tqm::cert
