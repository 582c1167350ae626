#include "store/exam_result_queries.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::store {

std::vector<OpenAttemptRow> ExamResultQueries::openAttempts(std::int64_t examId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT id, person_id, attempt_no, started_at FROM attempt "
                            "WHERE exam_id = ?1 AND submitted_at IS NULL "
                            "ORDER BY person_id, attempt_no");
    query.bind(1, examId);
    std::vector<OpenAttemptRow> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                        query.getColumn(2).getInt(), query.getColumn(3).getInt64()});
    return rows;
}

std::map<std::int64_t, ExamAttemptCounts> ExamResultQueries::attemptCounts() {
    SQLite::Statement query(db_.sql(),
                            "SELECT exam_id, COUNT(DISTINCT person_id), COUNT(submitted_at), "
                            "COUNT(*) - COUNT(submitted_at) FROM attempt GROUP BY exam_id");
    std::map<std::int64_t, ExamAttemptCounts> counts;
    while (query.executeStep())
        counts[query.getColumn(0).getInt64()] = {
            query.getColumn(1).getInt(), query.getColumn(2).getInt(), query.getColumn(3).getInt()};
    return counts;
}

std::map<std::int64_t, std::vector<std::string>> ExamResultQueries::positionsOfEntrants(
    std::int64_t examId) {
    SQLite::Statement query(
        db_.sql(),
        "SELECT pp.person_id, p.name FROM person_position pp "
        "JOIN position p ON p.id = pp.position_id "
        "WHERE pp.person_id IN (SELECT person_id FROM attempt WHERE exam_id = ?1) "
        "ORDER BY pp.person_id, p.name");
    query.bind(1, examId);
    std::map<std::int64_t, std::vector<std::string>> positions;
    while (query.executeStep())
        positions[query.getColumn(0).getInt64()].push_back(query.getColumn(1).getString());
    return positions;
}

}  // namespace tqm::store
