// How the certificate area's rows are read: the column lists and the readers the repositories and
// the book loader share.
#pragma once

#include <string_view>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "cert/certificate_model.h"

namespace tqm::store {

inline constexpr std::string_view kPositionColumns =
    "SELECT id, name, is_key, description FROM position ";

inline constexpr std::string_view kAssignmentColumns =
    "SELECT id, person_id, position_id, from_date, to_date FROM position_assignment ";

inline constexpr std::string_view kTypeColumns =
    "SELECT id, code, name, issuer_kind, issuer_name, validity_months, review_months, "
    "renewal_window_days, grace_days, exam_id, number_pattern FROM certificate_type ";

inline constexpr std::string_view kRequirementColumns =
    "SELECT position_id, certificate_type_id, level, days_allowed FROM certificate_requirement ";

inline constexpr std::string_view kCertificateColumns =
    "SELECT id, number, person_id, certificate_type_id, issued_on, valid_from, valid_until, "
    "issuer, source, attempt_id, renews_id, evidence_file, revoked_on, revoked_reason, "
    "verification_code FROM certificate ";

inline constexpr std::string_view kReviewColumns =
    "SELECT id, certificate_id, due_on, done_on, result, valid_until, note FROM "
    "certificate_review ";

// Rows selected with the column list of the same name.
cert::Position positionFrom(SQLite::Statement& row);
cert::Assignment assignmentFrom(SQLite::Statement& row);
cert::CertificateType typeFrom(SQLite::Statement& row);
cert::Requirement requirementFrom(SQLite::Statement& row);

// A row selected with kCertificateColumns, without its reviews.
cert::Certificate certificateFrom(SQLite::Statement& row);

// A row selected with kReviewColumns.
cert::ReviewEvent reviewFrom(SQLite::Statement& row);

}  // namespace tqm::store
