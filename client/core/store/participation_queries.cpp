#include "store/participation_queries.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::store {

namespace {

std::vector<ScoredAttemptRow> rowsOf(SQLite::Statement& query) {
    std::vector<ScoredAttemptRow> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                        query.getColumn(2).getInt64(), query.getColumn(3).getInt() != 0});
    return rows;
}

}  // namespace

std::vector<ScoredAttemptRow> ParticipationQueries::attemptsBetween(std::int64_t fromMs,
                                                                    std::int64_t toMs) {
    SQLite::Statement query(db_.sql(),
                            "SELECT person_id, earned, max_points, verdict = 'pass' FROM attempt "
                            "WHERE verdict IN ('pass', 'fail') AND submitted_at >= ?1 AND "
                            "submitted_at < ?2 ORDER BY person_id, id");
    query.bind(1, fromMs);
    query.bind(2, toMs);
    return rowsOf(query);
}

std::optional<std::string> ParticipationQueries::competitionName(const std::string& competitionId) {
    SQLite::Statement query(db_.sql(), "SELECT name FROM competition WHERE id = ?1");
    query.bind(1, competitionId);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

std::vector<ScoredAttemptRow> ParticipationQueries::competitionResults(
    const std::string& competitionId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT p.id, r.score, r.max_points, r.score >= e.pass_mark "
                            "FROM merged_result r JOIN competition c ON c.id = r.competition_id "
                            "JOIN exam e ON e.id = c.exam_id JOIN person p ON p.employee_no = "
                            "r.employee_no WHERE r.competition_id = ?1 ORDER BY p.id");
    query.bind(1, competitionId);
    return rowsOf(query);
}

}  // namespace tqm::store
