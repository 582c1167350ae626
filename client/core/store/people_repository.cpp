#include "store/people_repository.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "base/calendar_date.h"

namespace tqm::store {

namespace {

// Positions are a set: order and repeats in the input mean nothing.
std::vector<std::string> asSet(std::vector<std::string> positions) {
    std::erase_if(positions, [](const std::string& p) { return p.empty(); });
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

void bindOptional(SQLite::Statement& statement, int index,
                  const std::optional<std::string>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

constexpr std::string_view kPersonColumns =
    "SELECT id, employee_no, name, unit, department, created_at, updated_at FROM person ";

// A row selected with kPersonColumns, without its positions.
Person personFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(),  row.getColumn(1).getString(),
            row.getColumn(2).getString(), row.getColumn(3).getString(),
            row.getColumn(4).getString(), {},
            row.getColumn(5).getInt64(),  row.getColumn(6).getInt64()};
}

}  // namespace

UpsertOutcome PeopleRepository::upsert(const PersonUpdate& person) {
    SQLite::Transaction transaction(db_.sql());
    const UpsertOutcome outcome = write(person, unixMillis(db_.clock().now()));
    transaction.commit();
    return outcome;
}

UpsertCounts PeopleRepository::upsertAll(std::span<const PersonUpdate> people) {
    UpsertCounts counts;
    const std::int64_t now = unixMillis(db_.clock().now());
    SQLite::Transaction transaction(db_.sql());
    for (const PersonUpdate& person : people) {
        switch (write(person, now)) {
            case UpsertOutcome::Added:
                ++counts.added;
                break;
            case UpsertOutcome::Updated:
                ++counts.updated;
                break;
            case UpsertOutcome::Unchanged:
                ++counts.unchanged;
                break;
        }
    }
    transaction.commit();
    return counts;
}

UpsertOutcome PeopleRepository::write(const PersonUpdate& person, std::int64_t now) {
    SQLite::Database& sql = db_.sql();
    SQLite::Statement find(sql,
                           "SELECT id, name, unit, department FROM person WHERE employee_no = ?1");
    find.bind(1, person.employeeNo);
    if (!find.executeStep()) {
        SQLite::Statement insert(sql,
                                 "INSERT INTO person (employee_no, name, unit, department, "
                                 "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        insert.bind(1, person.employeeNo);
        insert.bind(2, person.name);
        insert.bind(3, person.unit.value_or(""));
        insert.bind(4, person.department.value_or(""));
        insert.bind(5, now);
        insert.exec();
        if (person.positions) replacePositions(sql.getLastInsertRowid(), *person.positions, now);
        return UpsertOutcome::Added;
    }
    const std::int64_t id = find.getColumn(0).getInt64();
    const std::string unit = person.unit.value_or(find.getColumn(2).getString());
    const std::string department = person.department.value_or(find.getColumn(3).getString());
    bool changed = find.getColumn(1).getString() != person.name ||
                   find.getColumn(2).getString() != unit ||
                   find.getColumn(3).getString() != department;
    if (person.positions) changed = replacePositions(id, *person.positions, now) || changed;
    if (!changed) return UpsertOutcome::Unchanged;
    SQLite::Statement update(sql,
                             "UPDATE person SET name = ?2, unit = ?3, department = ?4, "
                             "updated_at = ?5 WHERE id = ?1");
    update.bind(1, id);
    update.bind(2, person.name);
    update.bind(3, unit);
    update.bind(4, department);
    update.bind(5, now);
    update.exec();
    return UpsertOutcome::Updated;
}

bool PeopleRepository::replacePositions(std::int64_t personId,
                                        const std::vector<std::string>& positions,
                                        std::int64_t now) {
    const std::vector<std::string> wanted = asSet(positions);
    const std::vector<std::string> held = positionsOf(personId);
    if (held == wanted) return false;
    std::vector<std::string> removed;
    std::set_difference(held.begin(), held.end(), wanted.begin(), wanted.end(),
                        std::back_inserter(removed));
    std::vector<std::string> added;
    std::set_difference(wanted.begin(), wanted.end(), held.begin(), held.end(),
                        std::back_inserter(added));
    const std::string today = formatDate(dateAt(fromUnixMillis(now)));
    for (const std::string& name : removed) leavePosition(personId, name, today);
    for (const std::string& name : added) takePosition(personId, name, today, now);
    return true;
}

// The person no longer holds the position from today: the open assignment ends yesterday, or
// goes altogether when it began today (a span of no days is no history).
void PeopleRepository::leavePosition(std::int64_t personId, const std::string& name,
                                     const std::string& today) {
    SQLite::Database& sql = db_.sql();
    SQLite::Statement unlink(sql,
                             "DELETE FROM person_position WHERE person_id = ?1 AND position_id = "
                             "(SELECT id FROM position WHERE name = ?2)");
    unlink.bind(1, personId);
    unlink.bind(2, name);
    unlink.exec();
    SQLite::Statement dropSameDay(
        sql,
        "DELETE FROM position_assignment WHERE person_id = ?1 AND to_date IS NULL AND "
        "from_date >= ?3 AND position_id = (SELECT id FROM position WHERE name = ?2)");
    dropSameDay.bind(1, personId);
    dropSameDay.bind(2, name);
    dropSameDay.bind(3, today);
    dropSameDay.exec();
    SQLite::Statement close(
        sql,
        "UPDATE position_assignment SET to_date = date(?3, '-1 day') WHERE person_id = ?1 AND "
        "to_date IS NULL AND position_id = (SELECT id FROM position WHERE name = ?2)");
    close.bind(1, personId);
    close.bind(2, name);
    close.bind(3, today);
    close.exec();
}

// The person holds the position from today; an assignment already open (entered with its own
// dates) is kept as it is.
void PeopleRepository::takePosition(std::int64_t personId, const std::string& name,
                                    const std::string& today, std::int64_t now) {
    SQLite::Database& sql = db_.sql();
    SQLite::Statement addPosition(
        sql, "INSERT INTO position (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
    addPosition.bind(1, name);
    addPosition.exec();
    SQLite::Statement link(sql,
                           "INSERT INTO person_position (person_id, position_id) "
                           "SELECT ?1, id FROM position WHERE name = ?2");
    link.bind(1, personId);
    link.bind(2, name);
    link.exec();
    SQLite::Statement open(sql,
                           "INSERT INTO position_assignment (person_id, position_id, from_date, "
                           "created_at) SELECT ?1, id, ?3, ?4 FROM position WHERE name = ?2 "
                           "ON CONFLICT DO NOTHING");
    open.bind(1, personId);
    open.bind(2, name);
    open.bind(3, today);
    open.bind(4, now);
    open.exec();
}

std::vector<std::string> PeopleRepository::positionsOf(std::int64_t personId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT position.name FROM person_position "
                            "JOIN position ON position.id = person_position.position_id "
                            "WHERE person_position.person_id = ?1 ORDER BY position.name");
    query.bind(1, personId);
    std::vector<std::string> names;
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    return names;
}

std::optional<Person> PeopleRepository::findByEmployeeNo(std::string_view employeeNo) {
    SQLite::Statement query(db_.sql(), std::string(kPersonColumns) + "WHERE employee_no = ?1");
    query.bind(1, std::string(employeeNo));
    if (!query.executeStep()) return std::nullopt;
    Person person = personFrom(query);
    person.positions = positionsOf(person.id);
    return person;
}

std::vector<Person> PeopleRepository::list(const PeopleFilter& filter) {
    SQLite::Statement query(
        db_.sql(), std::string(kPersonColumns) +
                       "WHERE (?1 IS NULL OR unit = ?1) AND (?2 IS NULL OR EXISTS ("
                       "  SELECT 1 FROM person_position JOIN position ON position.id = position_id"
                       "  WHERE person_id = person.id AND position.name = ?2)) "
                       "ORDER BY employee_no");
    bindOptional(query, 1, filter.unit);
    bindOptional(query, 2, filter.position);
    std::vector<Person> people;
    while (query.executeStep()) people.push_back(personFrom(query));
    // Every position in one query, not one per person: a roster of 10,000 people is listed
    // when the sign-in screen opens, and 10,000 small queries took about 0.1 s there.
    std::unordered_map<std::int64_t, std::size_t> indexById;
    indexById.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) indexById.emplace(people[i].id, i);
    SQLite::Statement positions(db_.sql(),
                                "SELECT person_id, position.name FROM person_position "
                                "JOIN position ON position.id = person_position.position_id "
                                "ORDER BY person_id, position.name");
    while (positions.executeStep()) {
        const auto found = indexById.find(positions.getColumn(0).getInt64());
        if (found != indexById.end())
            people[found->second].positions.push_back(positions.getColumn(1).getString());
    }
    return people;
}

}  // namespace tqm::store
