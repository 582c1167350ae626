// The wrong-answer book (错题本): when to review a question a person got wrong.
//
// The schedule is SM-2, the algorithm P. A. Woźniak published for SuperMemo 2 (1990; "Optimization
// of learning", https://super-memory.com/english/ol/sm2.htm). A review is graded 0..5; grades of 3
// and up are correct. After a correct review the interval is 1 day, then 6 days, then the previous
// interval times the ease, rounded up to whole days; a wrong review starts again at 1 day. The ease
// starts at 2.5 and changes by 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02) after every review, never
// below 1.3. SM-2's same-day re-drill of grades below 4 is left to the practice screen.
//
// Ease is held in hundredths (250 = 2.5): every SM-2 change is a whole number of hundredths, so the
// intervals come out exactly as the published arithmetic, with no binary rounding.
#pragma once

#include <chrono>
#include <cstdint>

namespace tqm::exam {

struct ReviewSettings {
    int correctInARowToLeave = 3;  // a question leaves the book after this many in a row
    int correctGrade = 4;          // the SM-2 grade of a plain "I got it right"
    int wrongGrade = 1;            // the SM-2 grade of a plain "I got it wrong"
};

// One (person, question) entry of the book.
struct ReviewState {
    int repetitions = 0;       // correct reviews in a row
    int intervalDays = 0;      // the last interval given
    int easeHundredths = 250;  // SM-2's E-Factor x 100
    std::chrono::sys_days due{};
    bool inBook = true;
    bool operator==(const ReviewState&) const = default;
};

inline constexpr int kMinEaseHundredths = 130;

// A question answered wrong (in practice or an exam) on `day`: a new entry, or an entry that
// starts over, due the next day. The ease a returning question earned is kept.
ReviewState enterBook(const ReviewState* existing, std::chrono::sys_days day);

// The state after a review on `day` graded `grade` (0..5, clamped). The question leaves the book
// (inBook = false) when it reaches settings.correctInARowToLeave correct reviews in a row.
ReviewState review(const ReviewState& state, int grade, std::chrono::sys_days day,
                   const ReviewSettings& settings);

// Plain right/wrong reviews, graded by the settings.
ReviewState reviewCorrect(const ReviewState& state, std::chrono::sys_days day,
                          const ReviewSettings& settings);
ReviewState reviewWrong(const ReviewState& state, std::chrono::sys_days day,
                        const ReviewSettings& settings);

// True when the entry is in the book and its review is due on or before `day`.
bool isDue(const ReviewState& state, std::chrono::sys_days day);

}  // namespace tqm::exam
