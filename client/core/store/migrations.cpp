#include "store/migrations.h"

#include <array>

#include "store/schema_contest.h"
#include "store/schema_live.h"
#include "store/schema_training.h"

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

// Version 2: exams and everything a sitting records. Answers and their history are keyed by
// (attempt, seq) in WITHOUT ROWID tables, so one answer is one B-tree insert per table whatever
// the size of the database. The history, restarts, extra time and marks are append-only: triggers
// refuse to change or delete a row, because a result must be explainable later.
constexpr std::string_view kExams = R"sql(
CREATE TABLE blueprint (
    id           INTEGER PRIMARY KEY,
    blueprint_id TEXT NOT NULL CHECK (blueprint_id <> ''),
    title        TEXT NOT NULL,
    xml          TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    imported_at  INTEGER NOT NULL,
    UNIQUE (blueprint_id, sha256)
);

CREATE TABLE exam (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (title <> ''),
    blueprint_row    INTEGER REFERENCES blueprint (id),
    bank_file        TEXT NOT NULL DEFAULT '',
    time_limit_ms    INTEGER NOT NULL CHECK (time_limit_ms > 0),
    pass_mark        INTEGER NOT NULL CHECK (pass_mark >= 0),
    attempts_allowed INTEGER NOT NULL CHECK (attempts_allowed >= 1),
    attempts_combine TEXT NOT NULL CHECK (attempts_combine IN ('highest', 'last')),
    show_answers     TEXT NOT NULL
                     CHECK (show_answers IN ('immediately', 'after-submit', 'after-close', 'never')),
    timer_policy     TEXT NOT NULL CHECK (timer_policy IN ('deadline-runs', 'paused-while-down')),
    paper_mode       TEXT NOT NULL CHECK (paper_mode IN ('same', 'per-person')),
    seed             INTEGER NOT NULL,
    closes_at        INTEGER,
    created_at       INTEGER NOT NULL
);
CREATE INDEX exam_by_blueprint ON exam (blueprint_row);

CREATE TABLE extra_time (
    id         INTEGER PRIMARY KEY,
    exam_id    INTEGER NOT NULL REFERENCES exam (id),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    extra_ms   INTEGER NOT NULL CHECK (extra_ms > 0),
    granted_at INTEGER NOT NULL,
    granted_by TEXT NOT NULL CHECK (granted_by <> ''),
    reason     TEXT NOT NULL
);
CREATE INDEX extra_time_by_person ON extra_time (exam_id, person_id);
CREATE INDEX extra_time_of_person ON extra_time (person_id);

CREATE TABLE attempt (
    id            INTEGER PRIMARY KEY,
    exam_id       INTEGER NOT NULL REFERENCES exam (id),
    person_id     INTEGER NOT NULL REFERENCES person (id),
    attempt_no    INTEGER NOT NULL CHECK (attempt_no >= 1),
    seed          INTEGER NOT NULL,
    bank_id       TEXT NOT NULL,
    bank_version  TEXT NOT NULL,
    bank_sha256   TEXT NOT NULL CHECK (length(bank_sha256) = 64),
    started_at    INTEGER NOT NULL,
    time_limit_ms INTEGER NOT NULL CHECK (time_limit_ms > 0),
    extra_ms      INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0),
    paused_ms     INTEGER NOT NULL DEFAULT 0 CHECK (paused_ms >= 0),
    deadline      INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL,
    submitted_at  INTEGER,
    submitted_by  TEXT CHECK (submitted_by IN ('person', 'deadline')),
    earned        INTEGER,
    max_points    INTEGER,
    verdict       TEXT CHECK (verdict IN ('pass', 'fail', 'pending')),
    UNIQUE (exam_id, person_id, attempt_no),
    CHECK (deadline = started_at + time_limit_ms + extra_ms + paused_ms),
    CHECK ((submitted_at IS NULL) = (submitted_by IS NULL)),
    CHECK ((submitted_at IS NULL) = (verdict IS NULL)),
    CHECK ((earned IS NULL) = (verdict IS NULL) AND (max_points IS NULL) = (verdict IS NULL))
);
CREATE INDEX attempt_of_person ON attempt (person_id);

CREATE TABLE attempt_restart (
    id             INTEGER PRIMARY KEY,
    attempt_id     INTEGER NOT NULL REFERENCES attempt (id),
    last_heartbeat INTEGER NOT NULL,
    restarted_at   INTEGER NOT NULL CHECK (restarted_at >= last_heartbeat),
    paused_ms      INTEGER NOT NULL CHECK (paused_ms >= 0)
);
CREATE INDEX attempt_restart_by_attempt ON attempt_restart (attempt_id, id);

CREATE TABLE paper_question (
    attempt_id  INTEGER NOT NULL REFERENCES attempt (id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    bank_id     TEXT NOT NULL,
    question_id TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('single-choice', 'multiple-choice', 'true-false',
                                              'fill-blank', 'ordering', 'matching',
                                              'short-answer')),
    category    TEXT NOT NULL,
    points      INTEGER NOT NULL CHECK (points >= 0),
    frozen      TEXT NOT NULL CHECK (json_valid(frozen)),
    earned      INTEGER CHECK (earned BETWEEN 0 AND points),
    status      TEXT CHECK (status IN ('correct', 'partially-correct', 'wrong', 'unanswered',
                                       'pending')),
    PRIMARY KEY (attempt_id, seq),
    CHECK ((earned IS NULL) = (status IS NULL))
) WITHOUT ROWID;

CREATE TABLE answer (
    attempt_id  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    answer      TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    PRIMARY KEY (attempt_id, seq),
    FOREIGN KEY (attempt_id, seq) REFERENCES paper_question (attempt_id, seq)
) WITHOUT ROWID;

CREATE TABLE answer_history (
    attempt_id  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    answer      TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, seq, revision),
    FOREIGN KEY (attempt_id, seq) REFERENCES paper_question (attempt_id, seq)
) WITHOUT ROWID;

CREATE TABLE flag (
    attempt_id INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    flagged_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, seq),
    FOREIGN KEY (attempt_id, seq) REFERENCES paper_question (attempt_id, seq)
) WITHOUT ROWID;

CREATE TABLE essay_mark (
    id         INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    mark       INTEGER NOT NULL CHECK (mark >= 0),
    marker     TEXT NOT NULL CHECK (marker <> ''),
    marked_at  INTEGER NOT NULL,
    FOREIGN KEY (attempt_id, seq) REFERENCES paper_question (attempt_id, seq)
);
CREATE INDEX essay_mark_by_question ON essay_mark (attempt_id, seq, id);

CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history
BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END;
CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END;
CREATE TRIGGER extra_time_no_update BEFORE UPDATE ON extra_time
BEGIN SELECT RAISE(ABORT, 'extra time grants are kept as granted'); END;
CREATE TRIGGER extra_time_no_delete BEFORE DELETE ON extra_time
BEGIN SELECT RAISE(ABORT, 'extra time grants are kept as granted'); END;
CREATE TRIGGER essay_mark_no_update BEFORE UPDATE ON essay_mark
BEGIN SELECT RAISE(ABORT, 'essay marks are kept as given'); END;
CREATE TRIGGER essay_mark_no_delete BEFORE DELETE ON essay_mark
BEGIN SELECT RAISE(ABORT, 'essay marks are kept as given'); END;
CREATE TRIGGER attempt_restart_no_update BEFORE UPDATE ON attempt_restart
BEGIN SELECT RAISE(ABORT, 'restarts are kept as recorded'); END;
CREATE TRIGGER paper_question_frozen BEFORE UPDATE OF attempt_id, seq, bank_id, question_id, type,
    category, points, frozen ON paper_question
BEGIN SELECT RAISE(ABORT, 'a paper question is frozen as it was shown'); END;
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

// Version 4: courseware progress. A lesson's row holds its time spent, accumulated from reading
// sessions (reading_since is the start of the session under way); a course's row when it was
// finished and its quiz passed; study hours (学时) are a ledger, earned once per person and course.
constexpr std::string_view kCourseProgress = R"sql(
CREATE TABLE lesson_progress (
    person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    course_id     TEXT NOT NULL CHECK (course_id <> ''),
    lesson_id     TEXT NOT NULL CHECK (lesson_id <> ''),
    opened_at     INTEGER NOT NULL,
    finished_at   INTEGER,
    time_spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),
    reading_since INTEGER,
    PRIMARY KEY (person_id, course_id, lesson_id)
) WITHOUT ROWID;

CREATE TABLE course_progress (
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    course_id       TEXT NOT NULL CHECK (course_id <> ''),
    finished_at     INTEGER,
    quiz_passed_at  INTEGER,
    quiz_attempt_id INTEGER REFERENCES attempt (id),
    PRIMARY KEY (person_id, course_id),
    CHECK (quiz_attempt_id IS NULL OR quiz_passed_at IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX course_progress_by_attempt ON course_progress (quiz_attempt_id);

CREATE TABLE study_hours (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    course_id        TEXT NOT NULL CHECK (course_id <> ''),
    course_version   TEXT NOT NULL,
    hours_hundredths INTEGER NOT NULL CHECK (hours_hundredths > 0),
    earned_at        INTEGER NOT NULL,
    UNIQUE (person_id, course_id)
);

CREATE TRIGGER study_hours_no_update BEFORE UPDATE ON study_hours
BEGIN SELECT RAISE(ABORT, 'study hours are kept as earned'); END;
)sql";

// Version 5: the organizer password, one row, kept only as libsodium's Argon2id hash string
// (algorithm, costs and salt included), never the password itself.
constexpr std::string_view kOrganizerPassword = R"sql(
CREATE TABLE organizer_password (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    hash       TEXT NOT NULL CHECK (hash LIKE '$argon2id$%'),
    set_at     INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
)sql";

// Version 7: the question a person was looking at in a running attempt, so that an exam screen
// opened again (after a restart, or on signing in) comes back to it. One row per attempt,
// overwritten as the person moves; it says nothing about the result, so it is not append-only.
constexpr std::string_view kAttemptPosition = R"sql(
CREATE TABLE attempt_position (
    attempt_id INTEGER PRIMARY KEY REFERENCES attempt (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    moved_at   INTEGER NOT NULL
);
)sql";

// Version 8: a marker's comment kept with each essay mark, for the person and for a second
// marker.
constexpr std::string_view kEssayComments = R"sql(
ALTER TABLE essay_mark ADD COLUMN comment TEXT NOT NULL DEFAULT '';
)sql";

// Version 9: certificates for key positions (关键岗位持证上岗). Dates are calendar days written
// 'YYYY-MM-DD' (the GLOB checks keep anything else out, so text order is date order); a "to" or
// "until" date is the last day that counts. Who holds a position over time moves to
// position_assignment: each person's current positions become open assignments from the day the
// person was added (China Standard Time), and person_position stays as the current positions,
// kept in step by the people repository. The audit log is append-only, like the other records
// that must be explainable later.
constexpr std::string_view kCertificates = R"sql(
ALTER TABLE position ADD COLUMN is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1));
ALTER TABLE position ADD COLUMN description TEXT NOT NULL DEFAULT '';

CREATE TABLE position_assignment (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
    from_date   TEXT NOT NULL
                CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    to_date     TEXT CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                            AND to_date >= from_date),
    created_at  INTEGER NOT NULL
);
CREATE INDEX position_assignment_of_person
    ON position_assignment (person_id, position_id, from_date);
CREATE INDEX position_assignment_by_position ON position_assignment (position_id);
CREATE UNIQUE INDEX position_assignment_open
    ON position_assignment (person_id, position_id) WHERE to_date IS NULL;

INSERT INTO position_assignment (person_id, position_id, from_date, created_at)
SELECT person_position.person_id, person_position.position_id,
       date(person.created_at / 1000, 'unixepoch', '+8 hours'), person.created_at
FROM person_position JOIN person ON person.id = person_position.person_id
ORDER BY person_position.person_id, person_position.position_id;

CREATE TABLE certificate_type (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name                TEXT NOT NULL CHECK (name <> ''),
    issuer_kind         TEXT NOT NULL
                        CHECK (issuer_kind IN ('internal', 'caq', 'government', 'other')),
    issuer_name         TEXT NOT NULL DEFAULT '',
    validity_months     INTEGER CHECK (validity_months > 0),
    review_months       INTEGER CHECK (review_months > 0),
    renewal_window_days INTEGER NOT NULL DEFAULT 0 CHECK (renewal_window_days >= 0),
    grace_days          INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
    exam_id             INTEGER REFERENCES exam (id),
    number_pattern      TEXT NOT NULL CHECK (number_pattern <> ''),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX certificate_type_by_exam ON certificate_type (exam_id);

CREATE TABLE certificate_requirement (
    position_id         INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
    certificate_type_id INTEGER NOT NULL REFERENCES certificate_type (id) ON DELETE CASCADE,
    level               TEXT NOT NULL CHECK (level IN ('mandatory', 'recommended')),
    days_allowed        INTEGER NOT NULL DEFAULT 0 CHECK (days_allowed >= 0),
    PRIMARY KEY (position_id, certificate_type_id)
) WITHOUT ROWID;
CREATE INDEX certificate_requirement_by_type ON certificate_requirement (certificate_type_id);

CREATE TABLE certificate (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE CHECK (number <> ''),
    person_id           INTEGER NOT NULL REFERENCES person (id),
    certificate_type_id INTEGER NOT NULL REFERENCES certificate_type (id),
    issued_on           TEXT NOT NULL
                        CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_from          TEXT NOT NULL
                        CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_until         TEXT CHECK (valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                    AND valid_until >= valid_from),
    issuer              TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL CHECK (source IN ('exam', 'external', 'imported')),
    attempt_id          INTEGER REFERENCES attempt (id),
    renews_id           INTEGER REFERENCES certificate (id),
    evidence_file       TEXT NOT NULL DEFAULT '',
    revoked_on          TEXT CHECK (revoked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    revoked_reason      TEXT CHECK (revoked_reason <> ''),
    verification_code   TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    CHECK ((revoked_on IS NULL) = (revoked_reason IS NULL))
);
CREATE UNIQUE INDEX certificate_by_attempt ON certificate (attempt_id)
    WHERE attempt_id IS NOT NULL;
CREATE INDEX certificate_of_person ON certificate (person_id, certificate_type_id);
CREATE INDEX certificate_by_type ON certificate (certificate_type_id);
CREATE INDEX certificate_by_renewed ON certificate (renews_id);

CREATE TABLE certificate_review (
    id             INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificate (id) ON DELETE CASCADE,
    due_on         TEXT NOT NULL
                   CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    done_on        TEXT CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    result         TEXT CHECK (result IN ('passed', 'failed')),
    valid_until    TEXT CHECK (valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    INTEGER NOT NULL,
    CHECK ((done_on IS NULL) = (result IS NULL)),
    CHECK (valid_until IS NULL OR result = 'passed')
);
CREATE INDEX certificate_review_of_certificate ON certificate_review (certificate_id, due_on);

CREATE TABLE certificate_number_counter (
    prefix   TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
) WITHOUT ROWID;

ALTER TABLE person ADD COLUMN id_number_sealed BLOB
    CHECK (id_number_sealed IS NULL OR length(id_number_sealed) > 40);
ALTER TABLE person ADD COLUMN id_number_masked TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    action  TEXT NOT NULL CHECK (action <> ''),
    subject TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

constexpr std::array kMigrations{
    Migration{1, "people, positions and who holds which position", kPeople},
    Migration{2, "blueprints, exams, attempts, frozen papers, answers and marks", kExams},
    Migration{3, "the wrong-answer book and practice answers", kReviewBook},
    Migration{4, "course progress: lessons read, courses finished, quizzes passed, study hours",
              kCourseProgress},
    Migration{5, "the organizer password as an Argon2id hash", kOrganizerPassword},
    Migration{7, "the question each running attempt is at", kAttemptPosition},
    Migration{8, "a comment with each essay mark", kEssayComments},
    Migration{9,
              "certificates for key positions: assignments with dates, certificate types, "
              "requirements, certificates and reviews, sealed ID numbers, the audit log",
              kCertificates},
    Migration{10, "live team competitions and their append-only event logs",
              kLiveCompetitionSchema},
    Migration{11, "individual contests: competitions, trusted workstation keys, merged packages",
              kContestSchema},
    Migration{12, "training classes: course plan, roster, daily attendance and exams",
              {}, &createTrainingTables},
};

}  // namespace

std::span<const Migration> allMigrations() {
    return kMigrations;
}

int latestVersion(std::span<const Migration> migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

}  // namespace tqm::store
