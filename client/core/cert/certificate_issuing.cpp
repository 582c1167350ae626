#include "cert/certificate_issuing.h"

#include <algorithm>

#include <SQLiteCpp/Transaction.h>

#include "cert/certificate_book_index.h"
#include "cert/certificate_issue.h"
#include "cert/certificate_number.h"
#include "cert/verification_code.h"
#include "store/attempt_repository.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/certifying_attempts.h"

namespace tqm::cert {

namespace {

AttemptIssue refused(AttemptIssue issue, std::string code, std::string message) {
    issue.state = AttemptIssueState::Refused;
    issue.refusal = ActionRefusal{std::move(code), std::move(message)};
    return issue;
}

std::string attemptName(const store::AttemptRow& attempt) {
    return "attempt " + std::to_string(attempt.id) + " of exam " + std::to_string(attempt.examId);
}

// The type the exam earns: the smallest code among those naming it.
std::optional<CertificateType> typeEarnedBy(store::Database& database, std::int64_t examId) {
    for (CertificateType& type : store::CertificateTypeRepository(database).list())  // by code
        if (type.examId == examId) return std::move(type);
    return std::nullopt;
}

// What decideIssue() reads about one person and one type: the person, the type and the person's
// certificates of it. The rest of the plant plays no part in issuing.
CertificateBook bookFor(store::Database& database, const PersonSummary& person,
                        const CertificateType& type) {
    CertificateBook book;
    book.people = {person};
    book.types = {type};
    for (Certificate& held : store::CertificateRepository(database).listForPerson(person.id))
        if (held.certificateTypeId == type.id) book.certificates.push_back(std::move(held));
    std::sort(book.certificates.begin(), book.certificates.end(),
              [](const Certificate& a, const Certificate& b) { return a.id < b.id; });
    return book;
}

}  // namespace

AttemptIssue issueForAttempt(store::Database& database, admin::KeyStore& keys,
                             std::int64_t attemptId) {
    AttemptIssue issue;
    issue.attemptId = attemptId;
    SQLite::Transaction transaction(database.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    store::CertificateRepository certificates(database);
    if (const auto existing = store::certificateOfAttempt(database, attemptId)) {
        issue.state = AttemptIssueState::AlreadyIssued;
        issue.certificate = certificates.find(*existing);
        for (CertificateType& type : store::CertificateTypeRepository(database).list())
            if (type.id == issue.certificate->certificateTypeId) issue.type = std::move(type);
        return issue;
    }
    const std::optional<store::AttemptRow> attempt =
        store::AttemptRepository(database).find(attemptId);
    if (!attempt)
        return refused(issue, "no-such-attempt",
                       "There is no attempt " + std::to_string(attemptId) + ".");
    if (!attempt->submitted() || attempt->verdict != exam::Verdict::Pass) return issue;
    issue.type = typeEarnedBy(database, attempt->examId);
    if (!issue.type) {
        issue.state = AttemptIssueState::NotCertifying;
        return issue;
    }
    const CertificateType& type = *issue.type;
    const std::optional<PersonSummary> person =
        store::findPersonSummary(database, attempt->personId);
    if (!person)
        return refused(issue, "no-such-person",
                       "There is no person with id " + std::to_string(attempt->personId) + ".");

    const CertificateBook book = bookFor(database, *person, type);
    const CertificateBookIndex index(book);
    const Date passedOn = dateAt(fromUnixMillis(*attempt->submittedAt));
    IssueDecision decision =
        decideIssue(index, {person->id, type.id, attempt->examId, attemptId, passedOn});
    if (decision.refusal)
        return refused(
            issue, decision.refusal->code,
            "No certificate for " + attemptName(*attempt) + ": " + decision.refusal->message);
    if (const auto problems = checkNumberPattern(type.numberPattern); !problems.empty())
        return refused(
            issue, "bad-number-pattern",
            "No certificate for " + attemptName(*attempt) + ": " + problems.front().message);
    const admin::KeyAccess<admin::SigningKeyPair> signing = keys.signingKeys();
    if (!signing)
        return refused(
            issue, signing.problem->code,
            "No certificate for " + attemptName(*attempt) + ": " + signing.problem->message);

    const NumberContext context{decision.certificate->issuedOn, type.code};
    const NumberFrame frame = numberFrame(type.numberPattern, context);
    const auto numberFor = [&](std::int64_t sequence) {
        return formatCertificateNumber(type.numberPattern, context, sequence);
    };
    // The code signs the number, so it is made once the number is taken. A field the code cannot
    // carry (a control character in a name) leaves the code empty rather than the person
    // without the certificate they earned.
    const auto sign = [&](Certificate& numbered) {
        numbered.verificationCode =
            makeVerificationCode(fieldsOf(numbered, *person, type), *signing.key).code;
    };
    store::Written<Certificate> written = certificates.insertWithNumber(
        std::move(*decision.certificate), frame.prefix, numberFor, sign);
    if (!written.ok()) {
        const ActionRefusal refusal = refusalFrom(*written.refusal);
        return refused(issue, refusal.code, refusal.message);
    }
    transaction.commit();
    issue.state = AttemptIssueState::Issued;
    issue.certificate = std::move(written.value);
    return issue;
}

std::vector<AttemptIssue> issuePendingCertificates(store::Database& database,
                                                   admin::KeyStore& keys) {
    std::vector<AttemptIssue> outcomes;
    for (std::int64_t attemptId : store::passedAttemptsWithoutCertificate(database))
        outcomes.push_back(issueForAttempt(database, keys, attemptId));
    return outcomes;
}

}  // namespace tqm::cert
