#include "store/certifying_attempts.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::store {

std::optional<std::int64_t> certificateOfAttempt(Database& database, std::int64_t attemptId) {
    SQLite::Statement query(database.sql(), "SELECT id FROM certificate WHERE attempt_id = ?");
    query.bind(1, attemptId);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getInt64();
}

std::optional<cert::PersonSummary> findPersonSummary(Database& database, std::int64_t personId) {
    SQLite::Statement query(database.sql(),
                            "SELECT id, employee_no, name, unit, department FROM person "
                            "WHERE id = ?");
    query.bind(1, personId);
    if (!query.executeStep()) return std::nullopt;
    return cert::PersonSummary{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                               query.getColumn(2).getString(), query.getColumn(3).getString(),
                               query.getColumn(4).getString()};
}

std::vector<std::int64_t> passedAttemptsWithoutCertificate(Database& database) {
    SQLite::Statement query(
        database.sql(),
        "SELECT a.id FROM attempt a WHERE a.verdict = 'pass' "
        "AND EXISTS (SELECT 1 FROM certificate_type t WHERE t.exam_id = a.exam_id) "
        "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.attempt_id = a.id) "
        "ORDER BY a.submitted_at, a.id");
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

}  // namespace tqm::store
