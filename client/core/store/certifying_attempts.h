// What issuing certificates on passed exams reads besides the certificate tables: which attempt a
// certificate came from, the holder of an attempt as the certificate area names people, and the
// passed attempts of certifying exams still without a certificate (after a crash between the
// submission and the issue, or a certificate type that named its exam only later).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "cert/certificate_model.h"
#include "store/database.h"

namespace tqm::store {

// The certificate earned by the attempt, if one was issued (there is at most one).
std::optional<std::int64_t> certificateOfAttempt(Database& database, std::int64_t attemptId);

// The person as the certificate area shows them; nothing for an unknown id.
std::optional<cert::PersonSummary> findPersonSummary(Database& database, std::int64_t personId);

// Passed attempts of exams that some certificate type names, with no certificate yet, in the
// order they were submitted (so that a renewal is decided after the certificate it renews).
std::vector<std::int64_t> passedAttemptsWithoutCertificate(Database& database);

}  // namespace tqm::store
