#include "store/position_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/cert_columns.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

std::vector<cert::Assignment> assignmentsWhere(SQLite::Database& sql, const std::string& tail,
                                               std::optional<std::int64_t> personId) {
    SQLite::Statement query(sql, std::string(kAssignmentColumns) + tail);
    if (personId) query.bind(1, *personId);
    std::vector<cert::Assignment> assignments;
    while (query.executeStep()) assignments.push_back(assignmentFrom(query));
    return assignments;
}

// Keeps person_position equal to the positions with an open assignment.
void syncCurrentPosition(SQLite::Database& sql, std::int64_t personId, std::int64_t positionId) {
    SQLite::Statement sync(sql,
                           "DELETE FROM person_position WHERE person_id = ?1 AND position_id = ?2 "
                           "AND NOT EXISTS (SELECT 1 FROM position_assignment WHERE person_id = ?1 "
                           "AND position_id = ?2 AND to_date IS NULL)");
    sync.bind(1, personId);
    sync.bind(2, positionId);
    sync.exec();
    SQLite::Statement add(sql,
                          "INSERT INTO person_position (person_id, position_id) SELECT ?1, ?2 "
                          "WHERE EXISTS (SELECT 1 FROM position_assignment WHERE person_id = ?1 "
                          "AND position_id = ?2 AND to_date IS NULL) ON CONFLICT DO NOTHING");
    add.bind(1, personId);
    add.bind(2, positionId);
    add.exec();
}

}  // namespace

Written<cert::Position> PositionRepository::upsert(const cert::Position& position) {
    if (position.name.empty()) return Refusal{RefusalCode::InvalidField, "a position needs a name"};
    WriteScope scope(db_.sql(), "position_upsert");
    SQLite::Statement write(db_.sql(),
                            "INSERT INTO position (name, is_key, description) VALUES (?1, ?2, ?3) "
                            "ON CONFLICT (name) DO UPDATE SET is_key = excluded.is_key, "
                            "description = excluded.description");
    write.bind(1, position.name);
    write.bind(2, position.key ? 1 : 0);
    write.bind(3, position.description);
    write.exec();
    scope.commit();
    return *findByName(position.name);
}

std::optional<cert::Position> PositionRepository::findByName(std::string_view name) {
    SQLite::Statement query(db_.sql(), std::string(kPositionColumns) + "WHERE name = ?1");
    query.bind(1, std::string(name));
    if (!query.executeStep()) return std::nullopt;
    return positionFrom(query);
}

std::vector<cert::Position> PositionRepository::list() {
    SQLite::Statement query(db_.sql(), std::string(kPositionColumns) + "ORDER BY name");
    std::vector<cert::Position> positions;
    while (query.executeStep()) positions.push_back(positionFrom(query));
    return positions;
}

Written<cert::Assignment> PositionRepository::addAssignment(std::int64_t personId,
                                                            std::int64_t positionId, Date from,
                                                            std::optional<Date> to) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "assignment_add");
    if (!rowExists(sql, "person", personId))
        return Refusal{RefusalCode::UnknownPerson,
                       "there is no person with id " + std::to_string(personId)};
    if (!rowExists(sql, "position", positionId))
        return Refusal{RefusalCode::UnknownPosition,
                       "there is no position with id " + std::to_string(positionId)};
    if (to && *to < from)
        return Refusal{RefusalCode::DatesOutOfOrder,
                       "an assignment cannot end on " + formatDate(*to) + ", before it begins on " +
                           formatDate(from)};
    // Two spans overlap when each begins before the other ends (an open end is the far future).
    SQLite::Statement overlap(
        sql,
        "SELECT from_date, coalesce(to_date, '') FROM position_assignment "
        "WHERE person_id = ?1 AND position_id = ?2 AND from_date <= "
        "coalesce(?4, '9999-12-31') AND coalesce(to_date, '9999-12-31') >= ?3 "
        "ORDER BY from_date LIMIT 1");
    overlap.bind(1, personId);
    overlap.bind(2, positionId);
    bindDate(overlap, 3, from);
    bindDate(overlap, 4, to);
    if (overlap.executeStep()) {
        const std::string until = overlap.getColumn(1).getString();
        return Refusal{RefusalCode::OverlappingAssignment,
                       "person " + std::to_string(personId) + " already holds position " +
                           std::to_string(positionId) + " from " +
                           overlap.getColumn(0).getString() +
                           (until.empty() ? " on" : " to " + until)};
    }
    SQLite::Statement insert(sql,
                             "INSERT INTO position_assignment (person_id, position_id, from_date, "
                             "to_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, personId);
    insert.bind(2, positionId);
    bindDate(insert, 3, from);
    bindDate(insert, 4, to);
    insert.bind(5, unixMillis(db_.clock().now()));
    insert.exec();
    const std::int64_t id = sql.getLastInsertRowid();
    syncCurrentPosition(sql, personId, positionId);
    scope.commit();
    return cert::Assignment{id, personId, positionId, from, to};
}

MaybeRefusal PositionRepository::endAssignment(std::int64_t assignmentId, Date to) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "assignment_end");
    const auto found = assignmentsWhere(sql, "WHERE id = ?1", assignmentId);
    if (found.empty())
        return Refusal{RefusalCode::UnknownAssignment,
                       "there is no assignment with id " + std::to_string(assignmentId)};
    const cert::Assignment& assignment = found.front();
    if (assignment.to)
        return Refusal{RefusalCode::AssignmentEnded, "assignment " + std::to_string(assignmentId) +
                                                         " already ended on " +
                                                         formatDate(*assignment.to)};
    if (to < assignment.from)
        return Refusal{RefusalCode::DatesOutOfOrder, "an assignment cannot end on " +
                                                         formatDate(to) + ", before it begins on " +
                                                         formatDate(assignment.from)};
    SQLite::Statement end(sql, "UPDATE position_assignment SET to_date = ?2 WHERE id = ?1");
    end.bind(1, assignmentId);
    bindDate(end, 2, to);
    end.exec();
    syncCurrentPosition(sql, assignment.personId, assignment.positionId);
    scope.commit();
    return std::nullopt;
}

std::vector<cert::Assignment> PositionRepository::assignmentsOf(std::int64_t personId) {
    return assignmentsWhere(db_.sql(), "WHERE person_id = ?1 ORDER BY from_date, id", personId);
}

std::vector<cert::Assignment> PositionRepository::allAssignments() {
    return assignmentsWhere(db_.sql(), "ORDER BY id", std::nullopt);
}

}  // namespace tqm::store
