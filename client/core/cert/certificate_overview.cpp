#include "cert/certificate_overview.h"

#include <algorithm>

#include "cert/requirement_status.h"
#include "store/certificate_repository.h"

namespace tqm::cert {

CertificateOverview::CertificateOverview(CertificateBook book)
    : book_(std::make_unique<const CertificateBook>(std::move(book))),
      index_(std::make_unique<const CertificateBookIndex>(*book_)) {}

CertificateOverview CertificateOverview::load(store::Database& database) {
    return CertificateOverview(store::CertificateRepository(database).loadBook());
}

TypeLabel CertificateOverview::typeLabel(std::int64_t typeId) const {
    const CertificateType* type = index_->type(typeId);
    return type ? TypeLabel{type->id, type->code, type->name} : TypeLabel{typeId, {}, {}};
}

StatusLine CertificateOverview::lineOf(const RequirementStatusRow& row) const {
    StatusLine line;
    if (const PersonSummary* person = index_->person(row.personId)) line.person = *person;
    line.positionId = row.positionId;
    if (const Position* position = index_->position(row.positionId)) {
        line.positionName = position->name;
        line.keyPosition = position->key;
    }
    line.type = typeLabel(row.certificateTypeId);
    line.level = row.level;
    line.status = row.status;
    if (row.certificateId) {
        const Certificate* certificate = index_->certificate(*row.certificateId);
        line.certificateNumber = certificate->number;
        line.validFrom = certificate->validFrom;
        line.validUntil = row.certificate.validUntil;
        line.nextReviewDue = row.certificate.nextReviewDue;
        line.graceEndsOn = row.certificate.graceEndsOn;
        line.revokedOn = row.certificate.revokedOn;
    }
    line.assignedFrom = row.assignedFrom;
    line.requiredFrom = row.requiredFrom;
    return line;
}

std::vector<StatusLine> CertificateOverview::statuses(Date asOf) const {
    std::vector<StatusLine> lines;
    for (const RequirementStatusRow& row : statusesAsOf(*index_, asOf))
        lines.push_back(lineOf(row));
    return lines;
}

std::vector<DueLine> CertificateOverview::dueWithin(Date asOf, int days) const {
    std::vector<DueLine> lines;
    for (const DueItem& item : due(*index_, asOf, days)) {
        DueLine line;
        if (const PersonSummary* person = index_->person(item.personId)) line.person = *person;
        line.type = typeLabel(item.certificateTypeId);
        line.certificateNumber = index_->certificate(item.certificateId)->number;
        line.kind = item.kind;
        line.dueOn = item.dueOn;
        line.status = item.status;
        line.daysLeft = item.daysLeft;
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<CoverageLine> CertificateOverview::coverage(Date asOf) const {
    std::vector<CoverageLine> lines;
    for (const CoverageWarning& warning : coverageWarnings(*index_, asOf)) {
        CoverageLine line;
        line.positionId = warning.positionId;
        if (const Position* position = index_->position(warning.positionId))
            line.positionName = position->name;
        line.problem = warning.problem;
        line.assigned = warning.assigned;
        for (std::int64_t personId : warning.qualifiedPeople)
            if (const PersonSummary* person = index_->person(personId))
                line.qualified.push_back(*person);
        lines.push_back(std::move(line));
    }
    return lines;
}

MatrixView CertificateOverview::matrix(Date asOf, MatrixAxis axis) const {
    const StatusMatrix matrix = statusMatrix(*index_, statusesAsOf(*index_, asOf), axis);
    MatrixView view;
    view.axis = axis;
    for (std::int64_t typeId : matrix.typeIds) view.columns.push_back(typeLabel(typeId));
    const std::size_t columns = matrix.typeIds.size();
    for (std::size_t r = 0; r < matrix.rowIds.size(); ++r) {
        MatrixRow row;
        row.id = matrix.rowIds[r];
        if (axis == MatrixAxis::People) {
            if (const PersonSummary* person = index_->person(row.id)) row.person = *person;
            row.label = row.person.employeeNo + " " + row.person.name;
        } else {
            if (const Position* position = index_->position(row.id)) row.position = *position;
            row.label = row.position.name;
        }
        const auto first = matrix.cells.begin() + static_cast<std::ptrdiff_t>(r * columns);
        row.cells.assign(first, first + static_cast<std::ptrdiff_t>(columns));
        view.rows.push_back(std::move(row));
    }
    return view;
}

std::optional<PersonCertificates> CertificateOverview::personByEmployeeNo(
    const std::string& employeeNo, Date asOf) const {
    for (const PersonSummary& candidate : book_->people)
        if (candidate.employeeNo == employeeNo) return person(candidate.id, asOf);
    return std::nullopt;
}

std::optional<PersonCertificates> CertificateOverview::person(std::int64_t personId,
                                                              Date asOf) const {
    const PersonSummary* found = index_->person(personId);
    if (!found) return std::nullopt;
    PersonCertificates page;
    page.person = *found;
    for (const Assignment* assignment : index_->assignmentsOf(personId)) {
        if (assignment->from > asOf || (assignment->to && *assignment->to < asOf)) continue;
        if (const Position* position = index_->position(assignment->positionId))
            page.positions.push_back(position->name);
    }
    std::sort(page.positions.begin(), page.positions.end());
    page.positions.erase(std::unique(page.positions.begin(), page.positions.end()),
                         page.positions.end());
    for (const RequirementStatusRow& row : personStatusesAsOf(*index_, personId, asOf))
        page.requirements.push_back(lineOf(row));

    for (const Certificate& certificate : book_->certificates) {
        if (certificate.personId != personId) continue;
        CertificateHistory history;
        history.certificate = certificate;
        history.type = typeLabel(certificate.certificateTypeId);
        if (const CertificateType* type = index_->type(certificate.certificateTypeId))
            history.status = certificateStatus(certificate, *type, asOf);
        if (certificate.renewsId)
            if (const Certificate* renewed = index_->certificate(*certificate.renewsId))
                history.renewsNumber = renewed->number;
        page.certificates.push_back(std::move(history));
    }
    for (CertificateHistory& history : page.certificates)
        for (const CertificateHistory& other : page.certificates)
            if (other.certificate.renewsId == history.certificate.id)
                history.renewedByNumber = other.certificate.number;
    std::sort(page.certificates.begin(), page.certificates.end(),
              [](const CertificateHistory& a, const CertificateHistory& b) {
                  if (a.type.code != b.type.code) return a.type.code < b.type.code;
                  if (a.certificate.validFrom != b.certificate.validFrom)
                      return a.certificate.validFrom < b.certificate.validFrom;
                  return a.certificate.id < b.certificate.id;
              });
    return page;
}

}  // namespace tqm::cert
