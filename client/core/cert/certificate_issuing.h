// Issuing certificates on passed exams, against the database: the service over decideIssue()
// (certificate_issue.h) that numbers, signs and stores the certificate.
//
// issueForAttempt() is what happens "at once" when an attempt passes: session::ExamService calls
// it after every submission and essay mark that leaves an attempt passed (session/README.md), so
// no screen or command has to remember it. It is idempotent: the schema allows one certificate
// per attempt, and a second call returns the one already issued. issuePendingCertificates() is
// the sweep for what could not be issued at once: a crash between the submission and the issue,
// a signing key that could not be read then, a type that named its exam only later.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "admin/key_store.h"
#include "cert/action_refusal.h"
#include "cert/certificate_model.h"
#include "store/database.h"

namespace tqm::cert {

enum class AttemptIssueState : std::uint8_t {
    Issued,         // a certificate was issued now
    AlreadyIssued,  // the attempt had earned its certificate before
    NotPassed,      // the attempt is not submitted, failed, or waits for essay marks
    NotCertifying,  // no certificate type names the attempt's exam
    Refused,        // see refusal
};

struct AttemptIssue {
    std::int64_t attemptId = 0;
    AttemptIssueState state = AttemptIssueState::NotPassed;
    std::optional<Certificate> certificate;  // Issued and AlreadyIssued: as stored
    std::optional<CertificateType> type;     // the type issued (or refused)
    // Refused: no-such-attempt, the codes of decideIssue() (already-valid, already-renewed, ...),
    // bad-number-pattern, the key store's problems (key-unreadable, ...) or a store refusal.
    std::optional<ActionRefusal> refusal;

    bool issuedNow() const { return state == AttemptIssueState::Issued; }
};

// Issues the certificate an attempt earns, in one transaction: decide (renewal from the old
// expiry inside the renewal window or grace), take the number from the type's pattern, sign the
// verification code over it with the workstation key, insert. When several types name the exam,
// the one with the smallest code is issued (an attempt earns one certificate). The pass day is
// the day the attempt was submitted, in China Standard Time. Not to be called inside a
// transaction the caller holds open: it opens its own (BEGIN IMMEDIATE).
AttemptIssue issueForAttempt(store::Database& database, admin::KeyStore& keys,
                             std::int64_t attemptId);

// issueForAttempt() for every passed attempt of a certifying exam without a certificate, oldest
// submission first. Returns the outcome of each (issued or refused).
std::vector<AttemptIssue> issuePendingCertificates(store::Database& database,
                                                   admin::KeyStore& keys);

}  // namespace tqm::cert
