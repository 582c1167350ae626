// Live team competitions in the database: the competition as it was started (its file's text and
// hash) and its event log. An event is appended in its own transaction, committed before the
// caller shows its effect; the log is only ever read whole and added to (triggers refuse any
// change), so a resumed competition folds exactly the events that were shown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct LiveCompetitionRow {
    std::int64_t id = 0;
    std::string title;
    std::string filePath;
    std::string fileSha256;  // lowercase hex
    std::string fileText;
    std::int64_t startedAt = 0;  // Unix ms UTC
};

// A competition as the host's list of live competitions shows it.
struct LiveCompetitionSummary {
    std::int64_t id = 0;
    std::string title;
    std::string filePath;
    std::int64_t startedAt = 0;    // Unix ms UTC
    std::int64_t eventCount = 0;   // events logged, undos included
    std::int64_t lastEventAt = 0;  // Unix ms UTC of the latest event; startedAt before the first

    bool operator==(const LiveCompetitionSummary&) const = default;
};

struct StoredLiveEvent {
    std::int64_t seq = 0;  // 1, 2, 3... in the order the events happened
    std::string kind;
    std::string payload;          // JSON object
    std::int64_t atMs = 0;        // the competition's steady timeline
    std::int64_t recordedAt = 0;  // Unix ms UTC, from the database's clock

    bool operator==(const StoredLiveEvent&) const = default;
};

class LiveEventRepository {
  public:
    explicit LiveEventRepository(Database& database) : db_(database) {}

    LiveCompetitionRow createCompetition(std::string_view title, std::string_view filePath,
                                         std::string_view fileSha256, std::string_view fileText);
    std::optional<LiveCompetitionRow> competition(std::int64_t id);
    // The competition started most recently, optionally only among those from a file with
    // `fileSha256`.
    std::optional<LiveCompetitionRow> latestCompetition(std::string_view fileSha256 = {});
    // Every competition, the one started most recently first.
    std::vector<LiveCompetitionSummary> competitions();

    // Appends the next event of `competitionId`, committed before it returns.
    StoredLiveEvent append(std::int64_t competitionId, std::string_view kind,
                           std::string_view payload, std::int64_t atMs);
    std::vector<StoredLiveEvent> events(std::int64_t competitionId);

  private:
    Database& db_;
};

}  // namespace tqm::store
