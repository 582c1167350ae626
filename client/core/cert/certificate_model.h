// What the certificate area (关键岗位持证上岗) knows, as plain values shared by the database
// repositories, the status rules, the imports and the exports. Dates are calendar days; a "to" or
// "until" date is the last day that counts (inclusive), and an absent one means open-ended.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.h"

namespace tqm::cert {

struct Position {
    std::int64_t id = 0;
    std::string name;  // unique
    bool key = false;  // 关键岗位: people in it must hold the certificates it requires
    std::string description;

    bool operator==(const Position&) const = default;
};

// A person holding a position over a span of days. A person may hold the same position again
// later: each span is its own assignment.
struct Assignment {
    std::int64_t id = 0;
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    Date from{};
    std::optional<Date> to;  // last day in the position; nothing while still in it

    bool operator==(const Assignment&) const = default;
};

enum class IssuerKind : std::uint8_t {
    Internal,    // the enterprise itself (内部)
    Caq,         // 中国质量协会 (China Association for Quality)
    Government,  // a government body (政府部门)
    Other,
};

struct CertificateType {
    std::int64_t id = 0;
    std::string code;  // unique, short: "QC-INTERNAL", used in files and on the command line
    std::string name;  // 质量管理小组活动推进者
    IssuerKind issuerKind = IssuerKind::Internal;
    std::string issuerName;                 // as printed on the certificate
    std::optional<int> validityMonths;      // nothing: never expires
    std::optional<int> reviewMonths;        // 复审 every this many months; nothing: no review
    int renewalWindowDays = 0;              // renewal opens this many days before expiry
    int graceDays = 0;                      // still accepted this many days after expiry
    std::optional<std::int64_t> examId;     // the exam that earns it here, if any
    std::string numberPattern = "TQM-{yyyy}-{seq:6}";  // see cert/certificate_number.h

    bool operator==(const CertificateType&) const = default;
};

enum class RequirementLevel : std::uint8_t { Mandatory, Recommended };

// A position asks for a certificate type. Someone newly assigned has `daysAllowed` days from the
// first day of the assignment to obtain it before it counts as missing.
struct Requirement {
    std::int64_t positionId = 0;
    std::int64_t certificateTypeId = 0;
    RequirementLevel level = RequirementLevel::Mandatory;
    int daysAllowed = 0;

    bool operator==(const Requirement&) const = default;
};

enum class ReviewResult : std::uint8_t { Passed, Failed };

// A periodic review (复审) of a certificate: due on a day, later done with a result. A passed
// review may move the certificate's end of validity (`validUntil`); a failed one ends validity
// on the day it was done.
struct ReviewEvent {
    std::int64_t id = 0;
    std::int64_t certificateId = 0;
    Date dueOn{};
    std::optional<Date> doneOn;
    std::optional<ReviewResult> result;  // set exactly when doneOn is
    std::optional<Date> validUntil;      // a passed review's new end of validity
    std::string note;

    bool operator==(const ReviewEvent&) const = default;
};

enum class CertificateSource : std::uint8_t {
    Exam,      // earned by passing the type's exam on this workstation
    External,  // issued elsewhere and entered by hand
    Imported,  // read from a certificate file
};

struct Certificate {
    std::int64_t id = 0;
    std::string number;  // 证书编号, unique
    std::int64_t personId = 0;
    std::int64_t certificateTypeId = 0;
    Date issuedOn{};
    Date validFrom{};
    std::optional<Date> validUntil;  // last valid day; nothing: no expiry
    std::string issuer;
    CertificateSource source = CertificateSource::External;
    std::optional<std::int64_t> attemptId;  // the passed attempt, when source is Exam
    std::optional<std::int64_t> renewsId;   // the certificate this one renews
    std::string evidenceFile;               // a scan or PDF kept with the record
    std::optional<Date> revokedOn;
    std::string revokedReason;              // set exactly when revokedOn is
    std::string verificationCode;           // signed code (cert/verification_code.h); may be empty
    std::vector<ReviewEvent> reviews;       // by dueOn

    bool operator==(const Certificate&) const = default;
};

// Who a certificate or an assignment belongs to, as the certificate area needs them.
struct PersonSummary {
    std::int64_t id = 0;
    std::string employeeNo;  // 工号
    std::string name;
    std::string unit;
    std::string department;

    bool operator==(const PersonSummary&) const = default;
};

// Everything the status rules read, loaded at once (store/certificate_repository.h) so that the
// statuses of a whole plant as of a date are computed in memory. Each list is ordered by id.
struct CertificateBook {
    std::vector<PersonSummary> people;
    std::vector<Position> positions;
    std::vector<Assignment> assignments;
    std::vector<CertificateType> types;
    std::vector<Requirement> requirements;
    std::vector<Certificate> certificates;  // with their reviews
};

}  // namespace tqm::cert
