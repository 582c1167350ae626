// The wrong-answer book (错题本) in the database: one entry per (person, bank, question) with its
// SM-2 review state (exam/review_schedule.h). Every call that writes is its own committed
// transaction, or part of the caller's WriteScope when one is open.
//
// Review days are calendar days at the workstation's UTC offset (China Standard Time, +08:00, by
// default), so an answer given at 07:00 in Beijing counts for that morning's day, not the day
// before in UTC.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "exam/review_schedule.h"
#include "store/database.h"

namespace tqm::store {

inline constexpr std::chrono::minutes kChinaStandardTime{8 * 60};

struct BookEntry {
    std::int64_t personId = 0;
    std::string bankId;
    std::string questionId;
    exam::ReviewState state;
    std::int64_t enteredAt = 0;                // Unix ms UTC: when it last entered the book
    int wrongCount = 0;                        // wrong answers and wrong reviews, all time
    std::optional<std::int64_t> lastReviewAt;  // Unix ms UTC of the last review, if any

    bool operator==(const BookEntry&) const = default;
};

struct BookCounts {
    std::size_t inBook = 0;  // entries still to learn
    std::size_t due = 0;     // of those, due on or before the day asked about
    std::size_t left = 0;    // entries that left the book after enough correct reviews

    bool operator==(const BookCounts&) const = default;
};

class ReviewBookRepository {
  public:
    explicit ReviewBookRepository(Database& database,
                                  std::chrono::minutes utcOffset = kChinaStandardTime)
        : db_(database), utcOffset_(utcOffset) {}

    // The calendar day at this repository's UTC offset that `when` falls on.
    std::chrono::sys_days dayOf(TimePoint when) const;

    // A question answered wrong at `when`: enters the book, or starts its entry over (due the
    // next day, keeping the ease it earned; exam::enterBook). Counts one more wrong answer.
    BookEntry recordWrong(std::int64_t personId, std::string_view bankId,
                          std::string_view questionId, TimePoint when);

    // A review of an entry in the book (exam::review graded by `settings`). The entry leaves the
    // book after settings.correctInARowToLeave correct reviews in a row. Nothing is written and
    // nullopt is returned when the question is not in the person's book.
    std::optional<BookEntry> recordReview(std::int64_t personId, std::string_view bankId,
                                          std::string_view questionId, bool correct, TimePoint when,
                                          const exam::ReviewSettings& settings);

    std::optional<BookEntry> find(std::int64_t personId, std::string_view bankId,
                                  std::string_view questionId);

    // Entries in the book due on or before `day`, by due day, then bank, then question.
    std::vector<BookEntry> dueEntries(std::int64_t personId, std::chrono::sys_days day);

    // Every entry of the person, in the book or not, by bank, then question.
    std::vector<BookEntry> allEntries(std::int64_t personId);

    BookCounts counts(std::int64_t personId, std::chrono::sys_days day);

  private:
    void write(const BookEntry& entry);

    Database& db_;
    std::chrono::minutes utcOffset_;
};

}  // namespace tqm::store
