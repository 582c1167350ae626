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

// Version 3: the wrong-answer book (错题本) and every practice, review and exam answer's outcome
// for a person's statistics. Version 2 (exams and attempts) is another step.
constexpr std::string_view kReviewBook = R"sql(
CREATE TABLE review_book_entry (
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    bank_id         TEXT NOT NULL,
    question_id     TEXT NOT NULL,
    repetitions     INTEGER NOT NULL,
    interval_days   INTEGER NOT NULL,
    ease_hundredths INTEGER NOT NULL,
    due_day         INTEGER NOT NULL,
    in_book         INTEGER NOT NULL CHECK (in_book IN (0, 1)),
    entered_at      INTEGER NOT NULL,
    wrong_count     INTEGER NOT NULL,
    last_review_at  INTEGER,
    PRIMARY KEY (person_id, bank_id, question_id)
) WITHOUT ROWID;
CREATE INDEX review_book_entry_by_due ON review_book_entry (person_id, in_book, due_day);

CREATE TABLE practice_answer (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    bank_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    category    TEXT NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at INTEGER NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('practice', 'exam', 'review'))
);
CREATE INDEX practice_answer_by_person ON practice_answer (person_id, category);
)sql";

constexpr std::array kMigrations{
    Migration{1, "people, positions and who holds which position", kPeople},
    Migration{3, "the wrong-answer book and practice answers", kReviewBook},
};

}  // namespace

std::span<const Migration> allMigrations() {
    return kMigrations;
}

int latestVersion(std::span<const Migration> migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

}  // namespace tqm::store
