// The one vocabulary of certificate statuses: what a certificate is as of a date, and what a
// person × requirement is (which adds "missing" and "not yet required"). The words are what JSON,
// CSV and the command line write; the GUI translates by the enum.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tqm::cert {

// Declared from the best to the worst standing (see severity()).
enum class Status : std::uint8_t {
    Valid,           // valid and nothing due
    RenewalOpen,     // valid, inside the type's renewal window before the last valid day
    ReviewDue,       // valid, but a 复审 is due and not yet passed (still inside its grace days)
    InGrace,         // past the last valid day, still accepted for the type's grace days
    NotYetRequired,  // (requirement only) not held, but the days allowed after assignment run
    NotYetValid,     // before valid-from
    Expired,         // past the grace days, ended by a failed review, or by a missed review
    Revoked,         // on or after the day it was revoked
    Missing,         // (requirement only) no certificate of the type at all
};

// "valid", "renewal-open", "review-due", "in-grace", "not-yet-required", "not-yet-valid",
// "expired", "revoked", "missing".
std::string_view statusWord(Status status);

// The reverse of statusWord(); nothing for any other text (case matters).
std::optional<Status> parseStatusWord(std::string_view word);

// Whether a person holding a certificate in this status counts as qualified: valid, renewal
// open, review due and in grace. Grace counts because a type's grace days are by definition the
// days its certificate is still accepted after expiry; a type that accepts none has zero.
bool isQualifying(Status status);

// 0 for the best standing (valid) to 8 for the worst (missing), in the enum's order: the
// qualifying ones by growing urgency, then "not yet required" (not held, but not yet late), then
// the ones that do not count. Used to pick a person's best certificate of a type and to reduce
// a matrix cell to its worst or best.
int severity(Status status);

}  // namespace tqm::cert
