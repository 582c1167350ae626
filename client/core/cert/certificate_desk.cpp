#include "cert/certificate_desk.h"

#include <algorithm>

#include "cert/certificate_book_index.h"
#include "cert/certificate_status.h"
#include "cert/desk_defaults.h"
#include "store/audit_log.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/certifying_attempts.h"
#include "store/position_repository.h"
#include "store/write_scope.h"

namespace tqm::cert {

namespace {

template <typename T>
DeskResult<T> refuse(std::string code, std::string message) {
    DeskResult<T> result;
    result.refusal = ActionRefusal{std::move(code), std::move(message)};
    return result;
}

template <typename T>
DeskResult<T> refuse(const store::Refusal& refusal) {
    DeskResult<T> result;
    result.refusal = refusalFrom(refusal);
    return result;
}

std::optional<CertificateType> typeWithId(store::Database& database, std::int64_t typeId) {
    for (CertificateType& type : store::CertificateTypeRepository(database).list())
        if (type.id == typeId) return std::move(type);
    return std::nullopt;
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

Date CertificateDesk::today() const {
    return dateAt(db_.clock().now());
}

DeskResult<Certificate> CertificateDesk::issueExternal(const ExternalCertificate& request) {
    return issue(request, std::nullopt);
}

DeskResult<Certificate> CertificateDesk::issue(const ExternalCertificate& request,
                                               std::optional<std::int64_t> renews) {
    if (blank(request.number))
        return refuse<Certificate>("empty-number", "A certificate needs its number (证书编号).");
    if (!store::findPersonSummary(db_, request.personId))
        return refuse<Certificate>("unknown-person", "There is no person with id " +
                                                         std::to_string(request.personId) + ".");
    const std::optional<CertificateType> type = typeWithId(db_, request.certificateTypeId);
    if (!type)
        return refuse<Certificate>("unknown-type", "There is no certificate type with id " +
                                                       std::to_string(request.certificateTypeId) +
                                                       ".");
    const std::string named = "certificate " + request.number;
    if (request.issuedOn > today())
        return refuse<Certificate>("issued-in-future", named + " cannot be issued on " +
                                                           formatDate(request.issuedOn) +
                                                           ", a day still to come.");
    Certificate certificate;
    certificate.number = request.number;
    certificate.personId = request.personId;
    certificate.certificateTypeId = type->id;
    certificate.issuedOn = request.issuedOn;
    certificate.validFrom = request.validFrom.value_or(request.issuedOn);
    certificate.validUntil = request.validUntil;
    if (!certificate.validUntil)
        certificate.validUntil = defaultValidUntil(*type, certificate.validFrom);
    if (certificate.validUntil && *certificate.validUntil < certificate.validFrom)
        return refuse<Certificate>(
            "dates-out-of-order", named + " cannot end on " + formatDate(*certificate.validUntil) +
                                      ", before it starts on " + formatDate(certificate.validFrom) +
                                      ".");
    certificate.issuer = blank(request.issuer) ? type->issuerName : request.issuer;
    certificate.source = CertificateSource::External;
    certificate.evidenceFile = request.evidenceFile;
    certificate.renewsId = renews;
    if (type->reviewMonths) {
        const Date dueOn = addMonths(certificate.validFrom, *type->reviewMonths);
        if (!certificate.validUntil || dueOn <= *certificate.validUntil) {
            ReviewEvent first;
            first.dueOn = dueOn;
            certificate.reviews.push_back(first);
        }
    }
    store::Written<Certificate> written =
        store::CertificateRepository(db_).insert(std::move(certificate));
    if (!written.ok()) return refuse<Certificate>(*written.refusal);
    return {std::move(written.value), {}};
}

DeskResult<Certificate> CertificateDesk::renew(std::int64_t certificateId,
                                               const RenewalRequest& request) {
    store::WriteScope scope(db_.sql(), "desk_renew");
    const std::optional<Certificate> old = store::CertificateRepository(db_).find(certificateId);
    if (!old)
        return refuse<Certificate>("unknown-certificate", "There is no certificate with id " +
                                                              std::to_string(certificateId) + ".");
    if (old->revokedOn)
        return refuse<Certificate>("renews-revoked",
                                   "Certificate " + old->number + " was revoked on " +
                                       formatDate(*old->revokedOn) +
                                       "; a revoked certificate cannot be renewed.");
    ExternalCertificate renewal;
    renewal.personId = old->personId;
    renewal.certificateTypeId = old->certificateTypeId;
    renewal.number = request.number;
    renewal.issuedOn = request.issuedOn;
    renewal.validFrom = request.validFrom.value_or(renewalStart(*old, request.issuedOn));
    renewal.validUntil = request.validUntil;
    renewal.issuer = blank(request.issuer) ? old->issuer : request.issuer;
    renewal.evidenceFile = request.evidenceFile;
    if (*renewal.validFrom <= old->validFrom)
        return refuse<Certificate>("renewal-not-later",
                                   "The renewal of certificate " + old->number +
                                       " must start after " + formatDate(old->validFrom) +
                                       ", not on " + formatDate(*renewal.validFrom) + ".");
    if (const auto existing = store::CertificateRepository(db_).findRenewalOf(old->id))
        return refuse<Certificate>(
            "already-renewed",
            "Certificate " + old->number + " was already renewed by " + existing->number + ".");
    DeskResult<Certificate> issued = issue(renewal, old->id);
    if (issued.ok()) scope.commit();
    return issued;
}

DeskResult<Certificate> CertificateDesk::revoke(std::int64_t certificateId, Date on,
                                                std::string_view reason) {
    store::WriteScope scope(db_.sql(), "desk_revoke");
    store::CertificateRepository certificates(db_);
    if (const store::MaybeRefusal refused = certificates.revoke(certificateId, on, reason))
        return refuse<Certificate>(*refused);
    std::optional<Certificate> revoked = certificates.find(certificateId);
    store::AuditLog(db_).append("revoke-certificate", revoked->number,
                                formatDate(on) + ": " + std::string(reason));
    scope.commit();
    return {std::move(revoked), {}};
}

DeskResult<ReviewEvent> CertificateDesk::recordReview(std::int64_t certificateId,
                                                      const ReviewRecord& record) {
    store::WriteScope scope(db_.sql(), "desk_review");
    store::CertificateRepository certificates(db_);
    const std::optional<Certificate> certificate = certificates.find(certificateId);
    if (!certificate)
        return refuse<ReviewEvent>("unknown-certificate", "There is no certificate with id " +
                                                              std::to_string(certificateId) + ".");
    if (certificate->revokedOn)
        return refuse<ReviewEvent>("review-revoked",
                                   "Certificate " + certificate->number + " was revoked on " +
                                       formatDate(*certificate->revokedOn) +
                                       "; a revoked certificate is not reviewed.");
    if (record.doneOn > today())
        return refuse<ReviewEvent>(
            "done-in-future", "The review of certificate " + certificate->number +
                                  " cannot be recorded as done on " + formatDate(record.doneOn) +
                                  ", a day still to come.");
    std::optional<std::int64_t> reviewId;
    for (const ReviewEvent& review : certificate->reviews)  // by due day
        if (!review.doneOn) {
            reviewId = review.id;
            break;
        }
    if (!reviewId) {
        // Nothing pending: the review done is the one due as the rules stood that day.
        Date dueOn = record.doneOn;
        if (const auto type = typeWithId(db_, certificate->certificateTypeId)) {
            const CertificateStatus status = certificateStatus(*certificate, *type, record.doneOn);
            if (status.nextReviewDue) dueOn = *status.nextReviewDue;
        }
        store::Written<ReviewEvent> added = certificates.addReview(certificateId, dueOn);
        if (!added.ok()) return refuse<ReviewEvent>(*added.refusal);
        reviewId = added.value->id;
    }
    store::Written<ReviewEvent> recorded = certificates.recordReview(
        *reviewId, record.doneOn, record.result, record.newValidUntil, record.note);
    if (!recorded.ok()) return refuse<ReviewEvent>(*recorded.refusal);
    scope.commit();
    return {std::move(recorded.value), {}};
}

std::vector<AssignmentWarning> CertificateDesk::assignmentWarnings(
    const AssignmentRequest& request) {
    const CertificateBook book = store::CertificateRepository(db_).loadBook();
    const CertificateBookIndex index(book);
    Assignment proposed;
    proposed.personId = request.personId;
    proposed.positionId = request.positionId;
    proposed.from = request.from;
    proposed.to = request.to;
    return checkAssignment(index, proposed);
}

AssignOutcome CertificateDesk::assign(const AssignmentRequest& request, bool acknowledgeWarnings) {
    AssignOutcome outcome;
    outcome.warnings = assignmentWarnings(request);
    if (!outcome.warnings.empty() && !acknowledgeWarnings) {
        const std::size_t count = outcome.warnings.size();
        std::string who = "person " + std::to_string(request.personId);
        if (const auto person = store::findPersonSummary(db_, request.personId))
            who = person->employeeNo + " " + person->name;
        std::string where = "position " + std::to_string(request.positionId);
        for (const Position& position : store::PositionRepository(db_).list())
            if (position.id == request.positionId) where = "key position " + position.name;
        outcome.refusal =
            ActionRefusal{"unacknowledged-warnings",
                          who + " does not meet " + std::to_string(count) +
                              " mandatory requirement" + (count == 1 ? "" : "s") + " of " + where +
                              "; the assignment was not saved. Confirm to save it anyway."};
        return outcome;
    }
    store::Written<Assignment> written = store::PositionRepository(db_).addAssignment(
        request.personId, request.positionId, request.from, request.to);
    if (!written.ok())
        outcome.refusal = refusalFrom(*written.refusal);
    else
        outcome.saved = std::move(written.value);
    return outcome;
}

std::optional<ActionRefusal> CertificateDesk::endAssignment(std::int64_t assignmentId, Date to) {
    if (const store::MaybeRefusal refused =
            store::PositionRepository(db_).endAssignment(assignmentId, to))
        return refusalFrom(*refused);
    return std::nullopt;
}

}  // namespace tqm::cert
