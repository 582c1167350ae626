// Read-only questions the results screens ask of the attempt tables that the repositories do not
// answer one by one: the attempts still open in an exam, how many people and attempts each exam
// has, and the positions (岗位) of the people who sat an exam. One query each, so a list of
// exams or a results table of thousands of people costs a handful of statements.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct OpenAttemptRow {
    std::int64_t attemptId = 0;
    std::int64_t personId = 0;
    int attemptNo = 0;
    std::int64_t startedAt = 0;  // Unix ms UTC
    bool operator==(const OpenAttemptRow&) const = default;
};

struct ExamAttemptCounts {
    int people = 0;     // everyone with at least one attempt, open or submitted
    int submitted = 0;  // submitted attempts
    int open = 0;       // attempts not yet submitted
    bool operator==(const ExamAttemptCounts&) const = default;
};

class ExamResultQueries {
  public:
    explicit ExamResultQueries(Database& database) : db_(database) {}

    // Attempts of the exam not yet submitted, by person id then attempt number.
    std::vector<OpenAttemptRow> openAttempts(std::int64_t examId);
    // Per exam id; an exam nobody has sat is not in the map.
    std::map<std::int64_t, ExamAttemptCounts> attemptCounts();
    // Person id -> the positions they hold, by name, for everyone with an attempt of the exam.
    std::map<std::int64_t, std::vector<std::string>> positionsOfEntrants(std::int64_t examId);

  private:
    Database& db_;
};

}  // namespace tqm::store
