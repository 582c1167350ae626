#include "cert/certificate_warnings.h"

#include <algorithm>
#include <tuple>

namespace tqm::cert {

namespace {

using Days = std::chrono::days;

bool isKey(const CertificateBookIndex& index, std::int64_t positionId) {
    const Position* position = index.position(positionId);
    return position && position->key;
}

AssignmentWarning warningFor(const RequirementStatusRow& row) {
    return {row.personId, row.positionId,    row.certificateTypeId,
            row.status,   row.certificateId, row.requiredFrom};
}

bool unmet(const RequirementStatusRow& row) {
    return row.level == RequirementLevel::Mandatory && !isQualifying(row.status);
}

// Whether the person holds another certificate of the type that carries on after `until`
// without a gap, so that `certificate` no longer needs renewing.
bool renewedPast(const CertificateBookIndex& index, const Certificate& certificate, Date until,
                 Date asOf) {
    for (const Certificate* other :
         index.certificatesOf(certificate.personId, certificate.certificateTypeId)) {
        if (other == &certificate) continue;
        if (other->revokedOn && *other->revokedOn <= asOf) continue;
        if (other->validFrom > until + Days{1}) continue;
        if (!other->validUntil || *other->validUntil > until) return true;
    }
    return false;
}

}  // namespace

std::vector<AssignmentWarning> checkAssignment(const CertificateBookIndex& index,
                                               const Assignment& proposed) {
    std::vector<AssignmentWarning> warnings;
    if (!isKey(index, proposed.positionId)) return warnings;
    for (const RequirementStatusRow& row : requirementRowsFor(
             index, proposed.personId, proposed.positionId, proposed.from, proposed.from))
        if (unmet(row)) warnings.push_back(warningFor(row));
    return warnings;
}

std::vector<AssignmentWarning> uncertifiedAssignments(const CertificateBookIndex& index,
                                                      Date asOf) {
    std::vector<AssignmentWarning> warnings;
    for (const RequirementStatusRow& row : statusesAsOf(index, asOf))
        if (unmet(row) && isKey(index, row.positionId)) warnings.push_back(warningFor(row));
    return warnings;
}

std::vector<CoverageWarning> coverageWarnings(const CertificateBookIndex& index, Date asOf) {
    std::vector<CoverageWarning> warnings;
    for (const Position* position : index.positionsByName()) {
        if (!position->key) continue;
        CoverageWarning warning;
        warning.positionId = position->id;
        std::vector<std::int64_t> counted;
        for (const Assignment& assignment : index.book().assignments) {
            if (assignment.positionId != position->id || assignment.from > asOf ||
                (assignment.to && *assignment.to < asOf))
                continue;
            if (std::find(counted.begin(), counted.end(), assignment.personId) != counted.end())
                continue;
            counted.push_back(assignment.personId);
            ++warning.assigned;
            if (isQualified(index, assignment.personId, position->id, asOf))
                warning.qualifiedPeople.push_back(assignment.personId);
        }
        if (warning.qualifiedPeople.size() >= 2) continue;
        warning.problem = warning.qualifiedPeople.empty() ? CoverageProblem::NotCovered
                                                          : CoverageProblem::SinglePointOfFailure;
        warnings.push_back(std::move(warning));
    }
    return warnings;
}

std::vector<DueItem> due(const CertificateBookIndex& index, Date asOf, int days) {
    std::vector<DueItem> items;
    const Date horizon = asOf + Days{days};
    for (const Certificate& certificate : index.book().certificates) {
        const CertificateType* type = index.type(certificate.certificateTypeId);
        if (!type) continue;
        const CertificateStatus status = certificateStatus(certificate, *type, asOf);
        if (!isQualifying(status.status)) continue;
        const auto add = [&](DueKind kind, Date dueOn) {
            items.push_back({certificate.id, certificate.personId, certificate.certificateTypeId,
                             kind, dueOn, status.status, static_cast<int>((dueOn - asOf).count())});
        };
        const bool expiring = status.validUntil && *status.validUntil <= horizon;
        const bool reviewing = status.nextReviewDue && *status.nextReviewDue <= horizon;
        if (!expiring && !reviewing) continue;
        if (status.validUntil && renewedPast(index, certificate, *status.validUntil, asOf))
            continue;
        if (reviewing) add(DueKind::Review, *status.nextReviewDue);
        if (expiring) add(DueKind::Expiry, *status.validUntil);
    }
    const auto key = [&](const DueItem& item) {
        const PersonSummary* person = index.person(item.personId);
        const CertificateType* type = index.type(item.certificateTypeId);
        return std::make_tuple(item.dueOn, person ? std::string_view(person->employeeNo) : "",
                               type ? std::string_view(type->code) : "", item.kind,
                               item.certificateId);
    };
    std::sort(items.begin(), items.end(),
              [&](const DueItem& a, const DueItem& b) { return key(a) < key(b); });
    return items;
}

}  // namespace tqm::cert
