// Why a certificate-area action (issuing, renewing, revoking, a review, an assignment) was not
// done: a stable code for scripts, tests and the GUI's translations, and an English sentence that
// names the record. Nothing was written when a refusal comes back.
#pragma once

#include <string>
#include <string_view>

#include "store/store_refusal.h"

namespace tqm::cert {

struct ActionRefusal {
    std::string code;
    std::string message;

    bool operator==(const ActionRefusal&) const = default;
};

// The store's refusal codes as words: unknown-person, unknown-position, unknown-type,
// unknown-exam, unknown-certificate, unknown-assignment, unknown-review, invalid-field,
// dates-out-of-order, overlapping-assignment, assignment-ended, duplicate-number,
// attempt-certified, already-revoked, review-recorded.
std::string_view refusalWord(store::RefusalCode code);

ActionRefusal refusalFrom(const store::Refusal& refusal);

}  // namespace tqm::cert
