#include "store/live_event_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/write_scope.h"

namespace tqm::store {

namespace {

constexpr const char* kCompetitionColumns =
    "SELECT id, title, file_path, file_sha256, file_text, started_at FROM live_competition ";

LiveCompetitionRow competitionOf(SQLite::Statement& query) {
    return {query.getColumn(0).getInt64(),  query.getColumn(1).getString(),
            query.getColumn(2).getString(), query.getColumn(3).getString(),
            query.getColumn(4).getString(), query.getColumn(5).getInt64()};
}

}  // namespace

LiveCompetitionRow LiveEventRepository::createCompetition(std::string_view title,
                                                          std::string_view filePath,
                                                          std::string_view fileSha256,
                                                          std::string_view fileText) {
    LiveCompetitionRow row{0,
                           std::string(title),
                           std::string(filePath),
                           std::string(fileSha256),
                           std::string(fileText),
                           unixMillis(db_.clock().now())};
    WriteScope scope(db_.sql(), "live_competition_create");
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO live_competition "
                             "(title, file_path, file_sha256, file_text, started_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, row.title);
    insert.bind(2, row.filePath);
    insert.bind(3, row.fileSha256);
    insert.bind(4, row.fileText);
    insert.bind(5, row.startedAt);
    insert.exec();
    row.id = db_.sql().getLastInsertRowid();
    scope.commit();
    return row;
}

std::optional<LiveCompetitionRow> LiveEventRepository::competition(std::int64_t id) {
    SQLite::Statement query(db_.sql(), std::string(kCompetitionColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return competitionOf(query);
}

std::optional<LiveCompetitionRow> LiveEventRepository::latestCompetition(
    std::string_view fileSha256) {
    SQLite::Statement query(db_.sql(), std::string(kCompetitionColumns) +
                                           "WHERE ?1 = '' OR file_sha256 = ?1 "
                                           "ORDER BY started_at DESC, id DESC LIMIT 1");
    query.bind(1, std::string(fileSha256));
    if (!query.executeStep()) return std::nullopt;
    return competitionOf(query);
}

std::vector<LiveCompetitionSummary> LiveEventRepository::competitions() {
    SQLite::Statement query(db_.sql(),
                            "SELECT c.id, c.title, c.file_path, c.started_at, count(e.seq), "
                            "coalesce(max(e.recorded_at), c.started_at) "
                            "FROM live_competition c "
                            "LEFT JOIN live_event e ON e.competition_id = c.id "
                            "GROUP BY c.id ORDER BY c.started_at DESC, c.id DESC");
    std::vector<LiveCompetitionSummary> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                        query.getColumn(2).getString(), query.getColumn(3).getInt64(),
                        query.getColumn(4).getInt64(), query.getColumn(5).getInt64()});
    return rows;
}

StoredLiveEvent LiveEventRepository::append(std::int64_t competitionId, std::string_view kind,
                                            std::string_view payload, std::int64_t atMs) {
    StoredLiveEvent event{0, std::string(kind), std::string(payload), atMs,
                          unixMillis(db_.clock().now())};
    WriteScope scope(db_.sql(), "live_event_append");
    SQLite::Statement next(db_.sql(),
                           "SELECT coalesce(max(seq), 0) + 1 FROM live_event "
                           "WHERE competition_id = ?1");
    next.bind(1, competitionId);
    next.executeStep();
    event.seq = next.getColumn(0).getInt64();
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO live_event "
                             "(competition_id, seq, kind, payload, at_ms, recorded_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, competitionId);
    insert.bind(2, event.seq);
    insert.bind(3, event.kind);
    insert.bind(4, event.payload);
    insert.bind(5, event.atMs);
    insert.bind(6, event.recordedAt);
    insert.exec();
    scope.commit();
    return event;
}

std::vector<StoredLiveEvent> LiveEventRepository::events(std::int64_t competitionId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT seq, kind, payload, at_ms, recorded_at FROM live_event "
                            "WHERE competition_id = ?1 ORDER BY seq");
    query.bind(1, competitionId);
    std::vector<StoredLiveEvent> events;
    while (query.executeStep())
        events.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getInt64(),
                          query.getColumn(4).getInt64()});
    return events;
}

}  // namespace tqm::store
