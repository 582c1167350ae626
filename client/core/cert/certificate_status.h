// The status of one certificate as of a day, with the dates that explain it. Only what was known
// on that day counts: a review done later is, as of an earlier day, still pending, so "was this
// certificate valid on D?" has the same answer whenever it is asked.
//
// The rules, in the order they decide:
// 1. Revoked on and after `revokedOn`.
// 2. Not yet valid before `validFrom`.
// 3. Reviews (复审) done up to the day are applied in the order they were done. A passed review
//    restarts the review interval from its done day and, when it carries a `validUntil`, moves
//    the last valid day there. A failed review ends validity: the certificate is expired from its
//    done day, with no grace. A review done after the certificate had already ended (expired past
//    its grace days, or lapsed by a missed review) changes nothing: a certificate that has ended
//    is not revived; the person takes the exam again.
// 4. The next review is due on the day `reviewMonths` after valid-from or after the last passed
//    review, or on the due day of a recorded review not yet done if that comes earlier (an
//    imported certificate may carry its own 复审 date). A review due after the last valid day is
//    not due at all: the certificate ends first.
// 5. From its due day the review is due: the certificate still counts (status review-due) for the
//    type's grace days after the due day, and, as real 复审 rules have it, a review still not
//    passed then ends validity: from the day after, the certificate is expired. With zero grace
//    days the review must be passed by its due day.
// 6. Past the last valid day the certificate is in grace for the type's grace days, then expired.
// 7. Inside the renewal window (the last `renewalWindowDays` days up to and including the last
//    valid day) it is renewal-open; a review due takes precedence, being more urgent.
// 8. Otherwise valid.
#pragma once

#include <cstdint>
#include <optional>

#include "cert/certificate_model.h"
#include "cert/status_word.h"

namespace tqm::cert {

// What ended (or will end) a certificate's validity.
enum class Ending : std::uint8_t {
    None,          // open-ended, and no review missed or failed
    Expiry,        // its last valid day (from the certificate or a passed review)
    ReviewFailed,  // a failed review, on its done day
    ReviewMissed,  // a review not passed by the end of its grace days
    Revocation,    // revoked
};

struct CertificateStatus {
    Status status = Status::Valid;  // never Missing or NotYetRequired
    Ending ending = Ending::None;
    // The last day the certificate is valid as the rules stand on the day asked about: the
    // certificate's own, a passed review's, the day before a failed review, or the last grace day
    // of a missed review. Nothing when it never expires.
    std::optional<Date> validUntil;
    std::optional<Date> nextReviewDue;   // the review due next (or overdue, or missed), if any
    std::optional<Date> reviewDeadline;  // last day that review may be passed (due + grace days)
    std::optional<Date> renewalOpensOn;  // first day of the renewal window, if the type has one
    std::optional<Date> graceEndsOn;     // last day still accepted after validUntil
    std::optional<Date> revokedOn;       // when revoked on or before the day

    bool operator==(const CertificateStatus&) const = default;
};

CertificateStatus certificateStatus(const Certificate& certificate, const CertificateType& type,
                                    Date asOf);

}  // namespace tqm::cert
