// Why the database did not take a write of the certificate area: an expected failure (a
// duplicate certificate number in an import, a second revocation), returned as a value with a
// stable code the command line prints and the GUI translates, and an English message that names
// the record. Nothing was written when a refusal comes back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace tqm::store {

enum class RefusalCode : std::uint8_t {
    UnknownPerson,          // no person with that id
    UnknownPosition,        // no position with that id
    UnknownType,            // no certificate type with that id
    UnknownExam,            // a type names an exam that does not exist
    UnknownCertificate,     // no certificate with that id
    UnknownAssignment,      // no assignment with that id
    UnknownReview,          // no review with that id
    InvalidField,           // an empty name, a negative number of days, ...
    DatesOutOfOrder,        // an end date before its start date
    OverlappingAssignment,  // the person already holds the position on some of those days
    AssignmentEnded,        // the assignment already has an end date
    DuplicateNumber,        // the certificate number is taken
    AttemptCertified,       // the attempt already earned a certificate
    AlreadyRevoked,         // the certificate was revoked before
    ReviewRecorded,         // the review's result was recorded before
};

struct Refusal {
    RefusalCode code;
    std::string message;  // English, names the record: "certificate number TQM-2026-000001 ..."

    bool operator==(const Refusal&) const = default;
};

// A written value, or why nothing was written.
template <typename T>
struct Written {
    std::optional<T> value;
    std::optional<Refusal> refusal;

    Written(T written) : value(std::move(written)) {}  // NOLINT: a value converts implicitly
    Written(Refusal refused) : refusal(std::move(refused)) {}  // NOLINT: so does a refusal

    bool ok() const { return value.has_value(); }
};

// What a write that returns nothing answers: nothing when it was written.
using MaybeRefusal = std::optional<Refusal>;

}  // namespace tqm::store
