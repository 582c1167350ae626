// Which questions a practice round asks: those of some categories of a bank (a course maps to its
// categories), or the person's wrong-answer book entries due for review. Sequential rounds keep
// the bank's order; random rounds shuffle with a seed (exam/seeded_random.h, as papers do), so a
// round can be replayed exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "store/review_book_repository.h"

namespace tqm::session {

struct CategoryChoice {
    std::string id;
    bool withSubcategories = true;
};

enum class PracticeOrder : std::uint8_t { Sequential, Random };

struct PracticeOptions {
    PracticeOrder order = PracticeOrder::Sequential;
    std::uint64_t seed = 0;                 // random rounds only
    std::vector<bank::QuestionType> types;  // empty: every type
    std::size_t limit = 0;                  // 0: no limit
};

struct PracticeItem {
    const bank::Question* question = nullptr;  // points into the bank, which must outlive it
    bool review = false;                       // a due wrong-answer book entry
};

struct PracticeSelection {
    std::vector<PracticeItem> items;
    // Unknown categories (errors), due book entries whose question the bank no longer has
    // (warnings). Each names the bank and the category or question.
    std::vector<Diagnostic> diagnostics;
};

// The questions of `categories` (each with or without its sub-categories) that pass the type
// filter, in bank order or shuffled, then cut to the limit. A category the bank lacks is an
// error ("unknown-category") and selects nothing; the others still count.
PracticeSelection selectByCategories(const bank::Bank& bank,
                                     std::span<const CategoryChoice> categories,
                                     const PracticeOptions& options);

// The due entries of `bank` among `due` (as ReviewBookRepository::dueEntries lists them, most
// overdue first), marked as reviews. Sequential keeps the due order.
PracticeSelection selectDueReviews(const bank::Bank& bank, std::span<const store::BookEntry> due,
                                   const PracticeOptions& options);

}  // namespace tqm::session
