// Version 11: individual contests (个人赛) across workstations. A competition is an exam with an
// id that is the same on every machine; result packages from trusted workstation keys are merged
// into the organizer's database. What was merged is never changed afterwards: the ranking must be
// explainable from the packages that made it.
#pragma once

#include <string_view>

namespace tqm::store {

inline constexpr std::string_view kContestSchema = R"sql(
CREATE TABLE competition (
    id            TEXT PRIMARY KEY CHECK (length(id) = 36),
    name          TEXT NOT NULL CHECK (name <> ''),
    exam_id       INTEGER NOT NULL UNIQUE REFERENCES exam (id),
    opens_at      INTEGER NOT NULL,
    closes_at     INTEGER NOT NULL CHECK (closes_at > opens_at),
    time_limit_ms INTEGER NOT NULL CHECK (time_limit_ms > 0),
    paper_mode    TEXT NOT NULL CHECK (paper_mode IN ('same', 'per-seat')),
    seed          INTEGER NOT NULL,
    paper_sha256  TEXT NOT NULL CHECK (length(paper_sha256) = 64),
    created_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE workstation_key (
    key_id     TEXT PRIMARY KEY CHECK (length(key_id) = 16),
    public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    label      TEXT NOT NULL CHECK (label <> ''),
    trusted_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE merged_package (
    sha256         TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    competition_id TEXT NOT NULL REFERENCES competition (id),
    key_id         TEXT NOT NULL REFERENCES workstation_key (key_id),
    file_name      TEXT NOT NULL,
    attempt_count  INTEGER NOT NULL CHECK (attempt_count >= 0),
    imported_at    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_package_by_competition ON merged_package (competition_id);
CREATE INDEX merged_package_by_key ON merged_package (key_id);

CREATE TABLE merged_result (
    competition_id TEXT NOT NULL REFERENCES competition (id),
    employee_no    TEXT NOT NULL CHECK (employee_no <> ''),
    package_sha256 TEXT NOT NULL REFERENCES merged_package (sha256),
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    paper_sha256   TEXT NOT NULL CHECK (length(paper_sha256) = 64),
    score          INTEGER NOT NULL CHECK (score >= 0),
    max_points     INTEGER NOT NULL CHECK (max_points >= score),
    started_at     INTEGER NOT NULL,
    submitted_at   INTEGER NOT NULL CHECK (submitted_at >= started_at),
    time_used_ms   INTEGER NOT NULL CHECK (time_used_ms >= 0),
    answers        TEXT NOT NULL CHECK (json_valid(answers)),
    PRIMARY KEY (competition_id, employee_no)
) WITHOUT ROWID;
CREATE INDEX merged_result_by_package ON merged_result (package_sha256);

CREATE TRIGGER merged_package_no_update BEFORE UPDATE ON merged_package
BEGIN SELECT RAISE(ABORT, 'a merged package is kept as merged'); END;
CREATE TRIGGER merged_package_no_delete BEFORE DELETE ON merged_package
BEGIN SELECT RAISE(ABORT, 'a merged package is kept as merged'); END;
CREATE TRIGGER merged_result_no_update BEFORE UPDATE ON merged_result
BEGIN SELECT RAISE(ABORT, 'a merged result is kept as merged'); END;
CREATE TRIGGER merged_result_no_delete BEFORE DELETE ON merged_result
BEGIN SELECT RAISE(ABORT, 'a merged result is kept as merged'); END;
)sql";

}  // namespace tqm::store
