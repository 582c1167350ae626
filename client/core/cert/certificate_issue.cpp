#include "cert/certificate_issue.h"

#include "cert/certificate_status.h"
#include "cert/requirement_status.h"

namespace tqm::cert {

namespace {

using Days = std::chrono::days;

IssueDecision refuse(std::string code, std::string message) {
    IssueDecision decision;
    decision.refusal = IssueRefusal{std::move(code), std::move(message)};
    return decision;
}

std::string personName(const PersonSummary& person) {
    return person.employeeNo + " " + person.name;
}

// The certificate of the type the person holds from after `day`, not revoked: a renewal already
// issued.
const Certificate* laterCertificate(const CertificateBookIndex& index,
                                    const IssueRequest& request) {
    for (const Certificate* certificate :
         index.certificatesOf(request.personId, request.certificateTypeId))
        if (certificate->validFrom > request.passedOn &&
            !(certificate->revokedOn && *certificate->revokedOn <= request.passedOn))
            return certificate;
    return nullptr;
}

}  // namespace

Date periodEnd(Date from, int months) {
    const std::chrono::year_month_day start{from};
    const auto target =
        std::chrono::year_month{start.year(), start.month()} + std::chrono::months{months};
    const std::chrono::year_month_day sameDay{target.year(), target.month(), start.day()};
    if (!sameDay.ok())
        return Date{std::chrono::year_month_day_last{target.year(),
                                                     std::chrono::month_day_last{target.month()}}};
    return Date{sameDay} - Days{1};
}

IssueDecision decideIssue(const CertificateBookIndex& index, const IssueRequest& request) {
    const PersonSummary* person = index.person(request.personId);
    if (!person)
        return refuse("no-such-person",
                      "There is no person with id " + std::to_string(request.personId) + ".");
    const CertificateType* type = index.type(request.certificateTypeId);
    if (!type)
        return refuse("no-such-type", "There is no certificate type with id " +
                                          std::to_string(request.certificateTypeId) + ".");
    if (!type->examId)
        return refuse("type-not-earned-by-exam",
                      "Certificate type " + type->code + " is not earned by an exam here.");
    if (*type->examId != request.examId)
        return refuse("wrong-exam", "Exam " + std::to_string(request.examId) +
                                        " does not earn certificate type " + type->code +
                                        "; exam " + std::to_string(*type->examId) + " does.");
    if (const Certificate* later = laterCertificate(index, request))
        return refuse("already-renewed", personName(*person) + " already has certificate " +
                                             later->number + " of type " + type->code +
                                             ", valid from " + formatDate(later->validFrom) + ".");

    Date validFrom = request.passedOn;
    std::optional<std::int64_t> renews;
    const auto current =
        bestCertificate(index, request.personId, request.certificateTypeId, request.passedOn);
    if (current && isQualifying(current->status.status)) {
        const CertificateStatus& status = current->status;
        const bool inWindow = status.validUntil && status.renewalOpensOn &&
                              request.passedOn >= *status.renewalOpensOn;
        const bool inGrace = status.status == Status::InGrace;
        if (!inWindow && !inGrace) {
            std::string message = personName(*person) + " already holds certificate " +
                                  current->certificate->number + " of type " + type->code;
            message += status.validUntil ? ", valid until " + formatDate(*status.validUntil)
                                         : ", valid without end";
            if (status.renewalOpensOn)
                message += "; renewal opens on " + formatDate(*status.renewalOpensOn);
            return refuse("already-valid", message + ".");
        }
        validFrom = *status.validUntil + Days{1};
        renews = current->certificate->id;
    }

    Certificate certificate;
    certificate.personId = request.personId;
    certificate.certificateTypeId = type->id;
    certificate.issuedOn = request.passedOn;
    certificate.validFrom = validFrom;
    if (type->validityMonths) certificate.validUntil = periodEnd(validFrom, *type->validityMonths);
    certificate.issuer = type->issuerName;
    certificate.source = CertificateSource::Exam;
    certificate.attemptId = request.attemptId;
    certificate.renewsId = renews;
    if (type->reviewMonths && *type->reviewMonths > 0) {
        const Date dueOn = addMonths(validFrom, *type->reviewMonths);
        if (!certificate.validUntil || dueOn <= *certificate.validUntil) {
            ReviewEvent firstReview;
            firstReview.dueOn = dueOn;
            certificate.reviews.push_back(std::move(firstReview));
        }
    }

    IssueDecision decision;
    decision.certificate = std::move(certificate);
    decision.renews = renews;
    return decision;
}

}  // namespace tqm::cert
