// Read-only questions the enterprise summary asks: each person's scored attempts submitted in a
// period, and the merged results of a competition, one query each.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct ScoredAttemptRow {
    std::int64_t personId = 0;
    std::int64_t earned = 0;     // hundredths of a point
    std::int64_t maxPoints = 0;  // hundredths of a point
    bool passed = false;

    bool operator==(const ScoredAttemptRow&) const = default;
};

class ParticipationQueries {
  public:
    explicit ParticipationQueries(Database& database) : db_(database) {}

    // Attempts scored pass or fail and submitted in [fromMs, toMs), by person.
    std::vector<ScoredAttemptRow> attemptsBetween(std::int64_t fromMs, std::int64_t toMs);
    // The competition's name; nothing when it does not exist.
    std::optional<std::string> competitionName(const std::string& competitionId);
    // Merged results of people on the roster (matched by 工号), by person.
    std::vector<ScoredAttemptRow> competitionResults(const std::string& competitionId);

  private:
    Database& db_;
};

}  // namespace tqm::store
