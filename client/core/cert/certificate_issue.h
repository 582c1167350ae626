// Issuing a certificate on a passed exam, and renewing one by re-exam.
//
// - A new certificate is valid from the day the exam was passed for the type's validity months
//   (periodEnd()), or without end when the type has none. When the type asks for 复审, the first
//   review is recorded as due `reviewMonths` after valid-from (if that falls before the end).
// - Renewal: when the exam is passed while the person's current certificate of the type is in
//   its renewal window or in grace, the new certificate runs on from the old one's last valid
//   day + 1, so the days left (or the grace days used) are neither lost nor given twice, and it
//   records which certificate it renews. Otherwise it runs from the pass day.
// - Refused: an unknown person or type; a type no exam earns, or another exam than the one that
//   earns it; a person who already holds a valid certificate of the type outside its renewal
//   window (the exam is then no renewal; a review due is recorded as a review, not re-examined);
//   a person whose renewal is already issued (a certificate of the type starting later).
// The number is left empty: the caller allocates it (certificate_number.h) when it writes the
// certificate, inside the same transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "cert/certificate_book_index.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

// The last day of a period of `months` months starting on `from`: the day before the same day of
// the month `months` later, or that month's last day when it has no such day (from 2024-02-29 for
// 12 months: 2025-02-28; from 2026-01-31 for 1 month: 2026-02-28; from 2026-03-01 for 1 month:
// 2026-03-31).
Date periodEnd(Date from, int months);

struct IssueRequest {
    std::int64_t personId = 0;
    std::int64_t certificateTypeId = 0;
    std::int64_t examId = 0;                // the exam passed
    std::optional<std::int64_t> attemptId;  // the passed attempt
    Date passedOn{};
};

// Why a certificate was not issued. `code`: no-such-person, no-such-type, type-not-earned-by-exam,
// wrong-exam, already-valid, already-renewed. `message` is an English sentence.
struct IssueRefusal {
    std::string code;
    std::string message;

    bool operator==(const IssueRefusal&) const = default;
};

struct IssueDecision {
    std::optional<Certificate> certificate;  // id 0 and number empty; source Exam
    std::optional<std::int64_t> renews;      // the certificate it renews (also in renewsId)
    std::optional<IssueRefusal> refusal;     // set exactly when certificate is not
};

IssueDecision decideIssue(const CertificateBookIndex& index, const IssueRequest& request);

}  // namespace tqm::cert
