// The wrong-answer book as a learner reads it, and today's review over the loaded banks.
#include <catch2/catch.hpp>

#include "practice_bank.h"
#include "session/review_book_listing.h"

using tqm::session::BookRow;
using tqm::session::bookRows;
using tqm::session::todaysReview;
using tqm::store::BookEntry;

namespace {

constexpr std::chrono::sys_days day(int dayOfMonth) {
    return std::chrono::sys_days{std::chrono::year{2026} / 11 / dayOfMonth};
}

BookEntry entry(std::string bank, std::string question, std::chrono::sys_days due,
                bool inBook = true, int wrong = 1) {
    BookEntry e;
    e.personId = 1;
    e.bankId = std::move(bank);
    e.questionId = std::move(question);
    e.state.due = due;
    e.state.inBook = inBook;
    e.wrongCount = wrong;
    return e;
}

}  // namespace

TEST_CASE("the book lists entries still in it, due first, with the question's text and category") {
    const tqm::bank::Bank bank = tqm::session::testing::practiceBank();
    const std::vector<const tqm::bank::Bank*> banks{&bank};
    const std::vector<BookEntry> entries{
        entry("tqm-basics", "q-m1", day(26), true, 3),
        entry("tqm-basics", "q-s1", day(20), false),  // left the book
        entry("tqm-basics", "q-tf", day(24)),
        entry("other-bank", "x-1", day(22)),
    };
    const std::vector<BookRow> rows = bookRows(entries, banks, day(24));
    REQUIRE(rows.size() == 3);

    CHECK(rows[0].entry.questionId == "x-1");
    CHECK_FALSE(rows[0].found);
    CHECK(rows[0].stem.empty());
    CHECK(rows[0].due);

    CHECK(rows[1].entry.questionId == "q-tf");
    CHECK(rows[1].stem == "质量工具可以组合使用。");
    CHECK(rows[1].categoryTitle == "质量工具");
    CHECK(rows[1].due);

    CHECK(rows[2].entry.questionId == "q-m1");
    CHECK(rows[2].categoryTitle == "排列图");
    CHECK(rows[2].entry.wrongCount == 3);
    CHECK_FALSE(rows[2].due);
}

TEST_CASE("today's review takes the due questions of each loaded bank and names those left out") {
    const tqm::bank::Bank bank = tqm::session::testing::practiceBank();
    const std::vector<const tqm::bank::Bank*> banks{&bank};
    const std::vector<BookEntry> due{
        entry("tqm-basics", "q-tf", day(22)),
        entry("missing-bank", "m-1", day(23)),
        entry("tqm-basics", "q-gone", day(23)),
        entry("tqm-basics", "q-s1", day(24)),
    };
    const auto review = todaysReview(due, banks);
    CHECK(review.questions == 2);
    REQUIRE(review.parts.size() == 1);
    CHECK(review.parts[0].bank == &bank);
    REQUIRE(review.parts[0].items.size() == 2);
    CHECK(review.parts[0].items[0].question->id == "q-tf");
    CHECK(review.parts[0].items[0].review);
    CHECK(review.parts[0].items[1].question->id == "q-s1");

    // By bank, in the order the banks first come up among the due entries.
    REQUIRE(review.diagnostics.size() == 2);
    CHECK(review.diagnostics[0].code == "question-not-in-bank");
    CHECK(review.diagnostics[0].message ==
          "the wrong-answer book lists question \"q-gone\", which the bank tqm-basics no longer "
          "has; it is left out of this review.");
    CHECK(review.diagnostics[1].code == "bank-not-loaded");
    CHECK(review.diagnostics[1].file == "missing-bank");
}
