#include "cert/requirement_status.h"

#include <algorithm>
#include <string_view>

namespace tqm::cert {

namespace {

using Days = std::chrono::days;

bool activeOn(const Assignment& assignment, Date day) {
    return assignment.from <= day && (!assignment.to || day <= *assignment.to);
}

// Whether `candidate` is a better certificate to show than `best`.
bool better(const BestCertificate& candidate, const BestCertificate& best) {
    const int left = severity(candidate.status.status);
    const int right = severity(best.status.status);
    if (left != right) return left < right;
    const auto& candidateUntil = candidate.status.validUntil;
    const auto& bestUntil = best.status.validUntil;
    if (candidateUntil != bestUntil)
        return !candidateUntil || (bestUntil && *candidateUntil > *bestUntil);
    return candidate.certificate->validFrom > best.certificate->validFrom;
}

// The positions the person is assigned to on the day, by name, each once.
std::vector<const Position*> positionsOn(const CertificateBookIndex& index, std::int64_t personId,
                                         Date day) {
    std::vector<const Position*> positions;
    for (const Assignment* assignment : index.assignmentsOf(personId)) {
        if (!activeOn(*assignment, day)) continue;
        const Position* position = index.position(assignment->positionId);
        if (position && std::find(positions.begin(), positions.end(), position) == positions.end())
            positions.push_back(position);
    }
    std::sort(positions.begin(), positions.end(), [](const Position* a, const Position* b) {
        return a->name != b->name ? a->name < b->name : a->id < b->id;
    });
    return positions;
}

void appendPersonRows(const CertificateBookIndex& index, std::int64_t personId, Date asOf,
                      std::vector<RequirementStatusRow>& rows) {
    for (const Position* position : positionsOn(index, personId, asOf)) {
        const Date since = *assignedSince(index, personId, position->id, asOf);
        const auto more = requirementRowsFor(index, personId, position->id, since, asOf);
        rows.insert(rows.end(), more.begin(), more.end());
    }
}

}  // namespace

std::optional<BestCertificate> bestCertificate(const CertificateBookIndex& index,
                                               std::int64_t personId, std::int64_t typeId,
                                               Date asOf) {
    const CertificateType* type = index.type(typeId);
    if (!type) return std::nullopt;
    std::optional<BestCertificate> best;
    for (const Certificate* certificate : index.certificatesOf(personId, typeId)) {
        BestCertificate candidate{certificate, certificateStatus(*certificate, *type, asOf)};
        if (!best || better(candidate, *best)) best = std::move(candidate);
    }
    return best;
}

std::optional<Date> assignedSince(const CertificateBookIndex& index, std::int64_t personId,
                                  std::int64_t positionId, Date day) {
    const auto assignments = index.assignmentsOf(personId);
    std::optional<Date> since;
    for (const Assignment* assignment : assignments)
        if (assignment->positionId == positionId && activeOn(*assignment, day) &&
            (!since || assignment->from < *since))
            since = assignment->from;
    // Walk back over assignments that end on or after the day before the earliest start known.
    for (bool moved = since.has_value(); moved;) {
        moved = false;
        for (const Assignment* assignment : assignments) {
            if (assignment->positionId != positionId || assignment->from >= *since) continue;
            if (!assignment->to || *assignment->to >= *since - Days{1}) {
                since = assignment->from;
                moved = true;
            }
        }
    }
    return since;
}

std::vector<RequirementStatusRow> requirementRowsFor(const CertificateBookIndex& index,
                                                     std::int64_t personId, std::int64_t positionId,
                                                     Date assignedFrom, Date asOf) {
    std::vector<RequirementStatusRow> rows;
    for (const Requirement* requirement : index.requirementsOf(positionId)) {
        RequirementStatusRow row;
        row.personId = personId;
        row.positionId = positionId;
        row.certificateTypeId = requirement->certificateTypeId;
        row.level = requirement->level;
        row.assignedFrom = assignedFrom;
        row.requiredFrom = assignedFrom + Days{std::max(requirement->daysAllowed, 0)};
        const auto best = bestCertificate(index, personId, requirement->certificateTypeId, asOf);
        if (best) {
            row.certificateId = best->certificate->id;
            row.certificate = best->status;
        }
        const Status held = best ? best->status.status : Status::Missing;
        row.status = !isQualifying(held) && asOf < row.requiredFrom ? Status::NotYetRequired : held;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<RequirementStatusRow> statusesAsOf(const CertificateBook& book, Date asOf) {
    return statusesAsOf(CertificateBookIndex(book), asOf);
}

std::vector<RequirementStatusRow> statusesAsOf(const CertificateBookIndex& index, Date asOf) {
    std::vector<RequirementStatusRow> rows;
    rows.reserve(index.book().assignments.size() * 2);
    for (const PersonSummary* person : index.peopleByEmployeeNo())
        appendPersonRows(index, person->id, asOf, rows);
    return rows;
}

std::vector<RequirementStatusRow> personStatusesAsOf(const CertificateBookIndex& index,
                                                     std::int64_t personId, Date asOf) {
    std::vector<RequirementStatusRow> rows;
    appendPersonRows(index, personId, asOf, rows);
    return rows;
}

bool isQualified(const CertificateBook& book, std::int64_t personId, std::int64_t positionId,
                 Date day) {
    return isQualified(CertificateBookIndex(book), personId, positionId, day);
}

bool isQualified(const CertificateBookIndex& index, std::int64_t personId, std::int64_t positionId,
                 Date day) {
    for (const Requirement* requirement : index.requirementsOf(positionId)) {
        if (requirement->level != RequirementLevel::Mandatory) continue;
        const auto best = bestCertificate(index, personId, requirement->certificateTypeId, day);
        if (!best || !isQualifying(best->status.status)) return false;
    }
    return true;
}

}  // namespace tqm::cert
