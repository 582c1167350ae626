// Migration 10: live team competitions (团体赛) and their append-only event logs (see
// store/README.md). Kept out of migrations.cpp so that file stays readable.
#pragma once

#include <string_view>

namespace tqm::store {

// A competition keeps the text of its file as it was started, so a resumed or replayed
// competition plays by the same rules even when the file was edited since.
inline constexpr std::string_view kLiveCompetitionSchema = R"sql(
CREATE TABLE live_competition (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    file_path   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
    file_text   TEXT NOT NULL,
    started_at  INTEGER NOT NULL
);
CREATE INDEX live_competition_by_hash ON live_competition (file_sha256);

CREATE TABLE live_event (
    competition_id INTEGER NOT NULL REFERENCES live_competition (id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    kind           TEXT NOT NULL CHECK (kind <> ''),
    payload        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    at_ms          INTEGER NOT NULL,
    recorded_at    INTEGER NOT NULL,
    PRIMARY KEY (competition_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER live_event_no_update BEFORE UPDATE ON live_event
BEGIN SELECT RAISE(ABORT, 'the event log of a competition is append-only'); END;
CREATE TRIGGER live_event_no_delete BEFORE DELETE ON live_event
BEGIN SELECT RAISE(ABORT, 'the event log of a competition is append-only'); END;
)sql";

}  // namespace tqm::store
