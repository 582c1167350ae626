// The outcome of every checked answer a person gives, in practice, in a review of the
// wrong-answer book, or in an exam, kept for the person's statistics. Essays waiting for a marker
// are not recorded: they have no right or wrong yet.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "store/database.h"

namespace tqm::store {

enum class AnswerOrigin : std::uint8_t { Practice, Exam, Review };

// "practice", "exam", "review": the values of practice_answer.origin.
std::string_view originName(AnswerOrigin origin);

struct PracticeAnswerRecord {
    std::int64_t personId = 0;
    std::string bankId;
    std::string questionId;
    std::string category;  // the question's category id in its bank
    bool correct = false;  // full points
    TimePoint answeredAt;
    AnswerOrigin origin = AnswerOrigin::Practice;
};

struct AnswerCounts {
    std::string category;  // empty for a person's totals
    std::size_t answered = 0;
    std::size_t correct = 0;

    // correct / answered, 0 when nothing was answered.
    double shareCorrect() const {
        return answered == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(answered);
    }
    bool operator==(const AnswerCounts&) const = default;
};

struct AnswerStatistics {
    AnswerCounts total;
    std::vector<AnswerCounts> categories;  // by category id

    bool operator==(const AnswerStatistics&) const = default;
};

class PracticeAnswerRepository {
  public:
    explicit PracticeAnswerRepository(Database& database) : db_(database) {}

    // Its own committed transaction, or part of the caller's WriteScope. Returns the row id.
    std::int64_t record(const PracticeAnswerRecord& answer);

    // Every answer of the person, or only those of one origin.
    AnswerStatistics statistics(std::int64_t personId,
                                std::optional<AnswerOrigin> origin = std::nullopt);

  private:
    Database& db_;
};

}  // namespace tqm::store
