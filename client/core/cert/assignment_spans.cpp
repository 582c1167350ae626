#include "cert/assignment_spans.h"

#include <algorithm>
#include <chrono>

namespace tqm::cert {

namespace {

// Whether `next` (beginning no earlier than `span`) continues it without a day between.
bool continues(const AssignmentSpan& span, const Assignment& next) {
    if (span.personId != next.personId || span.positionId != next.positionId) return false;
    return !span.to || next.from <= *span.to + std::chrono::days{1};
}

bool endsLater(std::optional<Date> a, std::optional<Date> b) {
    if (!a) return b.has_value();
    return b && *a > *b;
}

}  // namespace

std::optional<std::int64_t> AssignmentSpan::openAssignmentId() const {
    if (to || assignmentIds.empty()) return std::nullopt;
    return assignmentIds.back();
}

std::vector<AssignmentSpan> mergeAssignmentSpans(std::span<const Assignment* const> assignments) {
    std::vector<const Assignment*> sorted(assignments.begin(), assignments.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const Assignment* a, const Assignment* b) {
        if (a->personId != b->personId) return a->personId < b->personId;
        if (a->positionId != b->positionId) return a->positionId < b->positionId;
        return a->from < b->from;
    });
    std::vector<AssignmentSpan> spans;
    for (const Assignment* piece : sorted) {
        if (!spans.empty() && continues(spans.back(), *piece)) {
            // Stored pieces of one position never overlap, so the latest piece ends the span.
            AssignmentSpan& span = spans.back();
            if (endsLater(piece->to, span.to)) span.to = piece->to;
            span.assignmentIds.push_back(piece->id);
            continue;
        }
        spans.push_back({piece->personId, piece->positionId, piece->from, piece->to, {piece->id}});
    }
    std::stable_sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
        if (a.from != b.from) return a.from < b.from;
        if (a.positionId != b.positionId) return a.positionId < b.positionId;
        return a.personId < b.personId;
    });
    return spans;
}

std::vector<AssignmentSpan> mergeAssignmentSpans(std::span<const Assignment> assignments) {
    std::vector<const Assignment*> pointers;
    pointers.reserve(assignments.size());
    for (const Assignment& assignment : assignments) pointers.push_back(&assignment);
    return mergeAssignmentSpans(std::span<const Assignment* const>(pointers));
}

std::optional<AssignmentSpan> spanOverlapping(std::span<const AssignmentSpan> spans,
                                              std::int64_t positionId, Date from,
                                              std::optional<Date> to) {
    for (const AssignmentSpan& span : spans) {
        if (span.positionId != positionId) continue;
        const bool beginsBeforeOtherEnds = !to || span.from <= *to;
        const bool otherBeginsBeforeThisEnds = !span.to || from <= *span.to;
        if (beginsBeforeOtherEnds && otherBeginsBeforeThisEnds) return span;
    }
    return std::nullopt;
}

}  // namespace tqm::cert
