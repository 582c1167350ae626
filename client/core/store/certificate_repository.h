// Certificates, their periodic reviews (复审), the counters that number them, and the whole
// certificate book at once. Every write is its own transaction, or part of the caller's
// WriteScope: to number and insert a certificate together, call insertWithNumber(), or open a
// WriteScope, take nextSequence(), insert() and commit the scope.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "cert/certificate_model.h"
#include "store/database.h"
#include "store/store_refusal.h"

namespace tqm::store {

// Turns a sequence number into a certificate number ("TQM-2026-000123").
using NumberFormatter = std::function<std::string(std::int64_t sequence)>;

// Finishes a certificate once its number is known, before it is written (the verification code
// signs the number).
using CertificateFinisher = std::function<void(cert::Certificate&)>;

class CertificateRepository {
  public:
    explicit CertificateRepository(Database& database) : db_(database) {}

    // Writes the certificate with the reviews it carries; the stored one comes back with its
    // ids. Refused for an unknown person, type or renewed certificate, a number already taken,
    // an attempt that already earned a certificate, an end of validity before its start, and a
    // revocation without a reason.
    Written<cert::Certificate> insert(cert::Certificate certificate);

    // The next sequence number for `prefix` (1 for a new prefix), counted in the same
    // transaction as the caller's insert when the caller holds a WriteScope.
    std::int64_t nextSequence(std::string_view prefix);

    // Takes the next sequence of `prefix`, numbers the certificate with `numberFor` (passing
    // over numbers already taken, e.g. by imported certificates), lets `finish` complete it and
    // inserts it: all in one transaction, so no number is used twice or lost.
    Written<cert::Certificate> insertWithNumber(cert::Certificate certificate,
                                                std::string_view prefix,
                                                const NumberFormatter& numberFor,
                                                const CertificateFinisher& finish = {});

    std::optional<cert::Certificate> findByNumber(std::string_view number);
    std::optional<cert::Certificate> find(std::int64_t certificateId);
    // The certificate that renews the given one, if any.
    std::optional<cert::Certificate> findRenewalOf(std::int64_t certificateId);

    // A person's certificates with their reviews, ordered by issue date, then id.
    std::vector<cert::Certificate> listForPerson(std::int64_t personId);

    // Refused for an unknown certificate, an empty reason, a day before the certificate was
    // issued, and a certificate revoked before.
    MaybeRefusal revoke(std::int64_t certificateId, Date on, std::string_view reason);

    // A review due on `dueOn`, not yet done.
    Written<cert::ReviewEvent> addReview(std::int64_t certificateId, Date dueOn,
                                         std::string_view note = {});

    // The review was done on `doneOn` with `result`; a passed review may carry the certificate's
    // new end of validity. A non-empty `note` replaces the review's note. Refused for an
    // unknown review, a result recorded before, and a new end of validity with a failed result.
    Written<cert::ReviewEvent> recordReview(std::int64_t reviewId, Date doneOn,
                                            cert::ReviewResult result,
                                            std::optional<Date> validUntil = std::nullopt,
                                            std::string_view note = {});

    // Everything the status rules read, one query per table, in one consistent read
    // (store/certificate_book_loader.cpp).
    cert::CertificateBook loadBook();

  private:
    std::vector<cert::Certificate> certificatesWhere(
        const std::string& tail, const std::function<void(SQLite::Statement&)>& bind);
    std::optional<Refusal> refusalToInsert(const cert::Certificate& certificate);
    std::optional<cert::ReviewEvent> findReview(std::int64_t reviewId);
    std::int64_t writeReview(const cert::ReviewEvent& review, std::int64_t now);

    Database& db_;
};

}  // namespace tqm::store
