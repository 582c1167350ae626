#include "store/migrations.h"

#include <array>

namespace tqm::store {

namespace {

// Version 1: the people a workstation trains, examines and certifies.
constexpr std::string_view kPeople = R"sql(
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    employee_no TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    department  TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX person_by_unit ON person (unit, employee_no);

CREATE TABLE position (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE person_position (
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, position_id)
) WITHOUT ROWID;
CREATE INDEX person_position_by_position ON person_position (position_id, person_id);
)sql";

constexpr std::array kMigrations{
    Migration{1, "people, positions and who holds which position", kPeople},
};

}  // namespace

std::span<const Migration> allMigrations() {
    return kMigrations;
}

int latestVersion(std::span<const Migration> migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

}  // namespace tqm::store
