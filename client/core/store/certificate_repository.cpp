#include "store/certificate_repository.h"

#include <algorithm>

#include "store/cert_columns.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

// How many taken numbers insertWithNumber() passes over before it gives up: far more than an
// import of a series ever leaves, few enough to end a loop on a formatter that ignores the
// sequence.
constexpr int kMaxTakenNumbers = 10000;

bool numberTaken(SQLite::Database& sql, const std::string& number) {
    SQLite::Statement query(sql, "SELECT 1 FROM certificate WHERE number = ?1");
    query.bind(1, number);
    return query.executeStep();
}

std::string noSuch(std::string_view what, std::int64_t id) {
    return "there is no " + std::string(what) + " with id " + std::to_string(id);
}

}  // namespace

std::optional<Refusal> CertificateRepository::refusalToInsert(const cert::Certificate& c) {
    SQLite::Database& sql = db_.sql();
    if (c.number.empty()) return Refusal{RefusalCode::InvalidField, "a certificate needs a number"};
    const std::string named = "certificate " + c.number;
    if (!rowExists(sql, "person", c.personId))
        return Refusal{RefusalCode::UnknownPerson, named + ": " + noSuch("person", c.personId)};
    if (!rowExists(sql, "certificate_type", c.certificateTypeId))
        return Refusal{RefusalCode::UnknownType,
                       named + ": " + noSuch("certificate type", c.certificateTypeId)};
    if (c.renewsId && !rowExists(sql, "certificate", *c.renewsId))
        return Refusal{RefusalCode::UnknownCertificate,
                       named + " renews " + noSuch("certificate", *c.renewsId)};
    if (c.validUntil && *c.validUntil < c.validFrom)
        return Refusal{RefusalCode::DatesOutOfOrder,
                       named + " cannot be valid until " + formatDate(*c.validUntil) +
                           ", before it is valid from " + formatDate(c.validFrom)};
    if (c.revokedOn.has_value() == c.revokedReason.empty())
        return Refusal{RefusalCode::InvalidField,
                       named + ": a revocation needs both its day and its reason"};
    if (numberTaken(sql, c.number))
        return Refusal{RefusalCode::DuplicateNumber,
                       "certificate number " + c.number + " is already taken"};
    if (c.attemptId) {
        SQLite::Statement earned(sql, "SELECT number FROM certificate WHERE attempt_id = ?1");
        earned.bind(1, *c.attemptId);
        if (earned.executeStep())
            return Refusal{RefusalCode::AttemptCertified,
                           "attempt " + std::to_string(*c.attemptId) +
                               " already earned certificate " + earned.getColumn(0).getString()};
    }
    return std::nullopt;
}

Written<cert::Certificate> CertificateRepository::insert(cert::Certificate certificate) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "certificate_insert");
    if (auto refused = refusalToInsert(certificate)) return *refused;
    const std::int64_t now = unixMillis(db_.clock().now());
    SQLite::Statement write(
        sql,
        "INSERT INTO certificate (number, person_id, certificate_type_id, issued_on, valid_from, "
        "valid_until, issuer, source, attempt_id, renews_id, evidence_file, revoked_on, "
        "revoked_reason, verification_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    write.bind(1, certificate.number);
    write.bind(2, certificate.personId);
    write.bind(3, certificate.certificateTypeId);
    bindDate(write, 4, certificate.issuedOn);
    bindDate(write, 5, certificate.validFrom);
    bindDate(write, 6, certificate.validUntil);
    write.bind(7, certificate.issuer);
    write.bind(8, std::string(columnWord(certificate.source)));
    bindId(write, 9, certificate.attemptId);
    bindId(write, 10, certificate.renewsId);
    write.bind(11, certificate.evidenceFile);
    bindDate(write, 12, certificate.revokedOn);
    if (certificate.revokedOn)
        write.bind(13, certificate.revokedReason);
    else
        write.bind(13);
    write.bind(14, certificate.verificationCode);
    write.bind(15, now);
    write.exec();
    certificate.id = sql.getLastInsertRowid();
    std::sort(certificate.reviews.begin(), certificate.reviews.end(),
              [](const auto& a, const auto& b) { return a.dueOn < b.dueOn; });
    for (cert::ReviewEvent& review : certificate.reviews) {
        review.certificateId = certificate.id;
        review.id = writeReview(review, now);
    }
    scope.commit();
    return certificate;
}

std::int64_t CertificateRepository::nextSequence(std::string_view prefix) {
    WriteScope scope(db_.sql(), "certificate_sequence");
    SQLite::Statement next(db_.sql(),
                           "INSERT INTO certificate_number_counter (prefix, last_seq) "
                           "VALUES (?1, 1) ON CONFLICT (prefix) DO UPDATE SET last_seq = "
                           "last_seq + 1 RETURNING last_seq");
    next.bind(1, std::string(prefix));
    next.executeStep();
    const std::int64_t sequence = next.getColumn(0).getInt64();
    next.reset();
    scope.commit();
    return sequence;
}

Written<cert::Certificate> CertificateRepository::insertWithNumber(
    cert::Certificate certificate, std::string_view prefix, const NumberFormatter& numberFor,
    const CertificateFinisher& finish) {
    WriteScope scope(db_.sql(), "certificate_numbered");
    for (int passed = 0;; ++passed) {
        certificate.number = numberFor(nextSequence(prefix));
        if (!numberTaken(db_.sql(), certificate.number)) break;
        if (passed == kMaxTakenNumbers)
            return Refusal{RefusalCode::DuplicateNumber,
                           "certificate number " + certificate.number +
                               " is already taken, and so are the " +
                               std::to_string(kMaxTakenNumbers) + " before it with prefix " +
                               std::string(prefix)};
    }
    if (finish) finish(certificate);
    Written<cert::Certificate> written = insert(std::move(certificate));
    if (written.ok()) scope.commit();
    return written;
}

std::vector<cert::Certificate> CertificateRepository::certificatesWhere(
    const std::string& tail, const std::function<void(SQLite::Statement&)>& bind) {
    SQLite::Database& sql = db_.sql();
    SQLite::Statement query(sql, std::string(kCertificateColumns) + tail);
    bind(query);
    std::vector<cert::Certificate> certificates;
    while (query.executeStep()) certificates.push_back(certificateFrom(query));
    SQLite::Statement reviews(
        sql, std::string(kReviewColumns) + "WHERE certificate_id = ?1 ORDER BY due_on, id");
    for (cert::Certificate& certificate : certificates) {
        reviews.bind(1, certificate.id);
        while (reviews.executeStep()) certificate.reviews.push_back(reviewFrom(reviews));
        reviews.reset();
    }
    return certificates;
}

std::optional<cert::Certificate> CertificateRepository::findByNumber(std::string_view number) {
    auto found = certificatesWhere(
        "WHERE number = ?1", [&](SQLite::Statement& query) { query.bind(1, std::string(number)); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<cert::Certificate> CertificateRepository::findRenewalOf(std::int64_t certificateId) {
    auto found = certificatesWhere("WHERE renews_id = ?1 ORDER BY id LIMIT 1",
                                   [&](SQLite::Statement& query) { query.bind(1, certificateId); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<cert::Certificate> CertificateRepository::find(std::int64_t certificateId) {
    auto found = certificatesWhere("WHERE id = ?1",
                                   [&](SQLite::Statement& query) { query.bind(1, certificateId); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<cert::Certificate> CertificateRepository::listForPerson(std::int64_t personId) {
    return certificatesWhere("WHERE person_id = ?1 ORDER BY issued_on, id",
                             [&](SQLite::Statement& query) { query.bind(1, personId); });
}

MaybeRefusal CertificateRepository::revoke(std::int64_t certificateId, Date on,
                                           std::string_view reason) {
    WriteScope scope(db_.sql(), "certificate_revoke");
    const auto certificate = find(certificateId);
    if (!certificate)
        return Refusal{RefusalCode::UnknownCertificate, noSuch("certificate", certificateId)};
    const std::string named = "certificate " + certificate->number;
    if (certificate->revokedOn)
        return Refusal{RefusalCode::AlreadyRevoked,
                       named + " was already revoked on " + formatDate(*certificate->revokedOn)};
    if (reason.empty())
        return Refusal{RefusalCode::InvalidField, named + ": a revocation needs a reason"};
    if (on < certificate->issuedOn)
        return Refusal{RefusalCode::DatesOutOfOrder,
                       named + " cannot be revoked on " + formatDate(on) +
                           ", before it was issued on " + formatDate(certificate->issuedOn)};
    SQLite::Statement revoke(db_.sql(),
                             "UPDATE certificate SET revoked_on = ?2, revoked_reason = ?3 "
                             "WHERE id = ?1");
    revoke.bind(1, certificateId);
    bindDate(revoke, 2, on);
    revoke.bind(3, std::string(reason));
    revoke.exec();
    scope.commit();
    return std::nullopt;
}

}  // namespace tqm::store
