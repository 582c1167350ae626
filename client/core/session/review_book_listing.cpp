#include "session/review_book_listing.h"

#include <algorithm>
#include <tuple>

#include "session/practice_selection.h"

namespace tqm::session {

namespace {

const bank::Bank* bankWithId(std::span<const bank::Bank* const> banks, std::string_view id) {
    for (const bank::Bank* bank : banks)
        if (bank && bank->id == id) return bank;
    return nullptr;
}

}  // namespace

std::vector<BookRow> bookRows(std::span<const store::BookEntry> entries,
                              std::span<const bank::Bank* const> banks,
                              std::chrono::sys_days today) {
    std::vector<BookRow> rows;
    for (const store::BookEntry& entry : entries) {
        if (!entry.state.inBook) continue;
        BookRow row;
        row.entry = entry;
        row.due = exam::isDue(entry.state, today);
        if (const bank::Bank* bank = bankWithId(banks, entry.bankId)) {
            if (const bank::Question* question = bank->findQuestion(entry.questionId)) {
                row.found = true;
                row.stem = std::string(question->stem);
                const bank::Category* category = bank->findCategory(question->category);
                row.categoryTitle =
                    std::string(category ? category->title : std::string_view(question->category));
            }
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const BookRow& a, const BookRow& b) {
        return std::tie(a.entry.state.due, a.entry.bankId, a.entry.questionId) <
               std::tie(b.entry.state.due, b.entry.bankId, b.entry.questionId);
    });
    return rows;
}

TodaysReview todaysReview(std::span<const store::BookEntry> due,
                          std::span<const bank::Bank* const> banks) {
    TodaysReview review;
    std::vector<std::string> banksSeen;
    for (const store::BookEntry& entry : due) {
        if (std::find(banksSeen.begin(), banksSeen.end(), entry.bankId) != banksSeen.end())
            continue;
        banksSeen.push_back(entry.bankId);
        const bank::Bank* bank = bankWithId(banks, entry.bankId);
        if (!bank) {
            DiagnosticSink sink(review.diagnostics, entry.bankId);
            for (const store::BookEntry& missing : due)
                if (missing.bankId == entry.bankId)
                    sink.warning(0, 0, "bank-not-loaded",
                                 "the wrong-answer book lists question \"" + missing.questionId +
                                     "\" of the bank " + entry.bankId +
                                     ", which is not loaded; it is left out of this review.");
            continue;
        }
        PracticeSelection selection = selectDueReviews(*bank, due, {});
        review.diagnostics.insert(review.diagnostics.end(), selection.diagnostics.begin(),
                                  selection.diagnostics.end());
        review.questions += selection.items.size();
        if (!selection.items.empty()) review.parts.push_back({bank, std::move(selection.items)});
    }
    return review;
}

}  // namespace tqm::session
