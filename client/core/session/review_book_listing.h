// The wrong-answer book (错题本) as a learner reads it: each entry still in the book with the
// question's text and category from the loaded banks, how often it was answered wrong and when it
// is due; and today's review, the due entries as a practice round over whichever banks hold them.
#pragma once

#include <chrono>
#include <span>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "session/practice_round.h"
#include "store/review_book_repository.h"

namespace tqm::session {

struct BookRow {
    store::BookEntry entry;
    std::string stem;           // empty when no loaded bank has the question
    std::string categoryTitle;  // the category's title, or its id when the bank lacks it
    bool found = false;         // a loaded bank has the question
    bool due = false;           // due on or before the day asked about
};

// The entries still in the book (those that left it after enough correct reviews are not), due
// first: by due day, then bank, then question.
std::vector<BookRow> bookRows(std::span<const store::BookEntry> entries,
                              std::span<const bank::Bank* const> banks,
                              std::chrono::sys_days today);

struct TodaysReview {
    std::vector<RoundPart> parts;  // one per bank holding due questions, most overdue first
    std::size_t questions = 0;     // in all parts
    // Due entries whose question no loaded bank has (warnings), naming the bank and question.
    std::vector<Diagnostic> diagnostics;
};

// The entries of `due` (ReviewBookRepository::dueEntries) as a review round.
TodaysReview todaysReview(std::span<const store::BookEntry> due,
                          std::span<const bank::Bank* const> banks);

}  // namespace tqm::session
