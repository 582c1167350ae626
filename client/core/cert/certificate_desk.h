// The certificate desk: what an organizer does by hand with certificates and assignments, each
// as one transaction over the repositories and the rules.
//
// - Issue an external certificate (earned elsewhere: 中国质量协会, a government body): the number
//   as printed on it, dates checked; valid-from defaults to the issue day, valid-until to the
//   type's validity counted from valid-from, the issuer to the type's. Like a certificate earned
//   here, it gets its first 复审 due when the type asks for one.
// - Renew: a new external certificate of the same person and type, linked by renews_id, running by
//   default from the day after the old one's last valid day.
// - Revoke: a day and a reason; the revocation and its audit-log entry are written together.
// - Record a review (复审): done on a day, passed or failed, a passed one possibly with a new end
//   of validity. When no review is pending, the review due as of that day is recorded first.
// - Assign a person to a position: the warnings of checkAssignment() come back before anything is
//   saved, and the assignment is saved only when there are none or the caller acknowledges them.
// - End an assignment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cert/action_refusal.h"
#include "cert/certificate_model.h"
#include "cert/certificate_warnings.h"
#include "store/database.h"

namespace tqm::cert {

template <typename T>
struct DeskResult {
    std::optional<T> value;
    std::optional<ActionRefusal> refusal;  // set exactly when value is not

    bool ok() const { return value.has_value(); }
};

struct ExternalCertificate {
    std::int64_t personId = 0;
    std::int64_t certificateTypeId = 0;
    std::string number;
    Date issuedOn{};
    std::optional<Date> validFrom;   // the issue day when not given
    std::optional<Date> validUntil;  // the type's validity from valid-from when not given
    std::string issuer;              // the type's issuer when empty
    std::string evidenceFile;
};

struct RenewalRequest {
    std::string number;
    Date issuedOn{};
    std::optional<Date> validFrom;   // the day after the old certificate's last valid day
    std::optional<Date> validUntil;  // the type's validity from valid-from when not given
    std::string issuer;              // the old certificate's issuer when empty
    std::string evidenceFile;
};

struct ReviewRecord {
    Date doneOn{};
    ReviewResult result = ReviewResult::Passed;
    std::optional<Date> newValidUntil;  // a passed review's new end of validity
    std::string note;
};

struct AssignmentRequest {
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    Date from{};
    std::optional<Date> to;
};

struct AssignOutcome {
    // The mandatory requirements of the (key) position the person does not meet on the first
    // day, computed before anything is saved.
    std::vector<AssignmentWarning> warnings;
    std::optional<Assignment> saved;       // the stored assignment, when it was saved
    std::optional<ActionRefusal> refusal;  // unacknowledged-warnings, or why the store refused
};

class CertificateDesk {
  public:
    explicit CertificateDesk(store::Database& database) : db_(database) {}

    // Refused: empty-number, unknown-person, unknown-type, issued-in-future (after today),
    // dates-out-of-order (valid-until before valid-from), duplicate-number.
    DeskResult<Certificate> issueExternal(const ExternalCertificate& request);

    // Refused: unknown-certificate, renews-revoked (the old one was revoked), already-renewed
    // (another certificate renews it), renewal-not-later (the new one would not start after the
    // old one), and issueExternal()'s refusals.
    DeskResult<Certificate> renew(std::int64_t certificateId, const RenewalRequest& request);

    // Writes the audit entry "revoke-certificate" with the number as subject and
    // "DATE: REASON" as detail. Refused: unknown-certificate, invalid-field (an empty reason),
    // dates-out-of-order (before the issue day), already-revoked.
    DeskResult<Certificate> revoke(std::int64_t certificateId, Date on, std::string_view reason);

    // Refused: unknown-certificate, review-revoked (the certificate was revoked),
    // done-in-future, invalid-field (a new end with a failed result), review-recorded.
    DeskResult<ReviewEvent> recordReview(std::int64_t certificateId, const ReviewRecord& record);

    // What assign() would warn about, saving nothing.
    std::vector<AssignmentWarning> assignmentWarnings(const AssignmentRequest& request);

    // Saves the assignment when there are no warnings or `acknowledgeWarnings` is set; otherwise
    // refuses with unacknowledged-warnings and saves nothing. Store refusals: unknown-person,
    // unknown-position, dates-out-of-order, overlapping-assignment.
    AssignOutcome assign(const AssignmentRequest& request, bool acknowledgeWarnings);

    // Nothing when done. Refused: unknown-assignment, assignment-ended, dates-out-of-order.
    std::optional<ActionRefusal> endAssignment(std::int64_t assignmentId, Date to);

  private:
    Date today() const;
    DeskResult<Certificate> issue(const ExternalCertificate& request,
                                  std::optional<std::int64_t> renews);

    store::Database& db_;
};

}  // namespace tqm::cert
