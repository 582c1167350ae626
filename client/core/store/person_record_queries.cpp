#include "store/person_record_queries.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::store {

namespace {

std::vector<ScoredResultRow> rowsOf(SQLite::Statement& query) {
    std::vector<ScoredResultRow> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getString(), query.getColumn(1).getInt64(),
                        query.getColumn(2).getInt64(), query.getColumn(3).getInt64(),
                        query.getColumn(4).getInt() != 0, query.getColumn(5).getInt()});
    return rows;
}

}  // namespace

std::vector<ScoredResultRow> PersonRecordQueries::examAttempts(std::int64_t personId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT e.title, a.submitted_at, a.earned, a.max_points, "
                            "a.verdict = 'pass', a.attempt_no FROM attempt a JOIN exam e ON "
                            "e.id = a.exam_id WHERE a.person_id = ?1 AND a.verdict IN ('pass', "
                            "'fail') ORDER BY a.submitted_at, a.id");
    query.bind(1, personId);
    return rowsOf(query);
}

std::vector<ScoredResultRow> PersonRecordQueries::competitionResults(std::string_view employeeNo) {
    SQLite::Statement query(db_.sql(),
                            "SELECT c.name, r.submitted_at, r.score, r.max_points, "
                            "r.score >= e.pass_mark, 1 FROM merged_result r JOIN competition c ON "
                            "c.id = r.competition_id JOIN exam e ON e.id = c.exam_id "
                            "WHERE r.employee_no = ?1 ORDER BY r.submitted_at");
    query.bind(1, std::string(employeeNo));
    return rowsOf(query);
}

}  // namespace tqm::store
