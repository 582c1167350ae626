#include "store/schema_training.h"

#include <string>

namespace tqm::store {

// Dates are "YYYY-MM-DD" text, so they compare in calendar order. Attendance is keyed by the
// roster row, so removing someone from a class removes their marks with them, and a mark can
// never exist for a person who is not on the roster.
const std::string_view kTrainingSchema = R"sql(
CREATE TABLE training_class (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name       TEXT NOT NULL CHECK (name <> ''),
    start_date TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date   TEXT NOT NULL CHECK (length(end_date) = 10 AND end_date >= start_date),
    place      TEXT NOT NULL DEFAULT '',
    teachers   TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE training_class_course (
    class_id         INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL CHECK (seq >= 1),
    course_id        TEXT NOT NULL CHECK (course_id <> ''),
    lesson_id        TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    day              TEXT CHECK (day IS NULL OR length(day) = 10),
    hours_hundredths INTEGER NOT NULL CHECK (hours_hundredths >= 0),
    PRIMARY KEY (class_id, seq)
) WITHOUT ROWID;

CREATE TABLE training_class_member (
    class_id  INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (class_id, person_id)
) WITHOUT ROWID;
CREATE INDEX training_class_member_by_person ON training_class_member (person_id, class_id);

CREATE TABLE training_attendance (
    class_id    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL,
    day         TEXT NOT NULL CHECK (length(day) = 10),
    status      TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'leave')),
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (class_id, person_id, day),
    FOREIGN KEY (class_id, person_id)
        REFERENCES training_class_member (class_id, person_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE training_class_exam (
    class_id INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    exam_id  INTEGER NOT NULL REFERENCES exam (id),
    PRIMARY KEY (class_id, exam_id)
) WITHOUT ROWID;
CREATE INDEX training_class_exam_by_exam ON training_class_exam (exam_id);
)sql";

void createTrainingTables(SQLite::Database& sql) {
    sql.exec(std::string(kTrainingSchema));
}

}  // namespace tqm::store
