// Read-only questions the person file (一人一档) asks: every scored exam attempt of a person and
// every merged competition result under their 工号, one query each.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct ScoredResultRow {
    std::string title;             // the exam's title or the competition's name
    std::int64_t submittedAt = 0;  // Unix ms UTC
    std::int64_t earned = 0;       // hundredths of a point
    std::int64_t maxPoints = 0;
    bool passed = false;
    int attemptNo = 1;  // 1 for a competition

    bool operator==(const ScoredResultRow&) const = default;
};

class PersonRecordQueries {
  public:
    explicit PersonRecordQueries(Database& database) : db_(database) {}

    // Submitted, scored attempts (pass or fail), by submission time.
    std::vector<ScoredResultRow> examAttempts(std::int64_t personId);
    // Merged competition results; passed when the score reaches the competition exam's pass mark.
    std::vector<ScoredResultRow> competitionResults(std::string_view employeeNo);

  private:
    Database& db_;
};

}  // namespace tqm::store
