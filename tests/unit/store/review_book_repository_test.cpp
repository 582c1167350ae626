// The wrong-answer book in the database: exact rows after wrong answers and reviews, leaving
// after enough correct reviews in a row, coming back, and the order of due entries.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "store/database.h"
#include "store/people_repository.h"
#include "store/review_book_repository.h"
#include "store_test_support.h"

using namespace std::chrono_literals;
using tqm::FakeClock;
using tqm::exam::ReviewSettings;
using tqm::exam::ReviewState;
using tqm::store::BookCounts;
using tqm::store::BookEntry;
using tqm::store::Database;
using tqm::store::ReviewBookRepository;
using tqm::storetest::knownMoment;  // 2026-11-24T10:30:00Z, 18:30 in Beijing

namespace {

constexpr std::chrono::sys_days day(int month, int dayOfMonth) {
    return std::chrono::sys_days{std::chrono::year{2026} / month / dayOfMonth};
}

// The moment at 09:00 Beijing time (01:00 UTC) on a day of 2026.
tqm::TimePoint morningOf(int month, int dayOfMonth) {
    return day(month, dayOfMonth) + 1h;
}

std::int64_t addPerson(Database& db, const std::string& employeeNo) {
    tqm::store::PeopleRepository people(db);
    people.upsert({employeeNo, "张三", {}, {}, {}});
    return people.findByEmployeeNo(employeeNo)->id;
}

struct Fixture {
    FakeClock clock{knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    std::int64_t person = addPerson(db, "E001");
    ReviewBookRepository book{db};
    ReviewSettings settings;  // 3 correct in a row to leave, grades 4 and 1
};

}  // namespace

TEST_CASE("a first wrong answer enters the book due the next day with SM-2's starting ease") {
    Fixture f;
    const BookEntry entry = f.book.recordWrong(f.person, "tqm-basics", "q-pdca", knownMoment());
    const BookEntry expected{
        f.person, "tqm-basics", "q-pdca", ReviewState{0, 1, 250, day(11, 25), true}, 1795516200000,
        1,        std::nullopt};
    CHECK(entry == expected);
    CHECK(f.book.find(f.person, "tqm-basics", "q-pdca") == expected);

    SQLite::Statement row(f.db.sql(),
                          "SELECT person_id, bank_id, question_id, repetitions, interval_days, "
                          "ease_hundredths, due_day, in_book, entered_at, wrong_count, "
                          "last_review_at IS NULL FROM review_book_entry");
    REQUIRE(row.executeStep());
    CHECK(row.getColumn(0).getInt64() == f.person);
    CHECK(row.getColumn(1).getString() == "tqm-basics");
    CHECK(row.getColumn(2).getString() == "q-pdca");
    CHECK(row.getColumn(3).getInt() == 0);
    CHECK(row.getColumn(4).getInt() == 1);
    CHECK(row.getColumn(5).getInt() == 250);
    CHECK(row.getColumn(6).getInt64() == 20782);  // 2026-11-25 as days since 1970-01-01
    CHECK(row.getColumn(7).getInt() == 1);
    CHECK(row.getColumn(8).getInt64() == 1795516200000);
    CHECK(row.getColumn(9).getInt() == 1);
    CHECK(row.getColumn(10).getInt() == 1);
    CHECK_FALSE(row.executeStep());
}

TEST_CASE("the review day is the calendar day in Beijing, not in UTC") {
    Fixture f;
    // 2026-11-24T23:30Z is 07:30 on 2026-11-25 in Beijing.
    const auto lateUtc = tqm::TimePoint{day(11, 24) + 23h + 30min};
    CHECK(f.book.dayOf(lateUtc) == day(11, 25));
    CHECK(f.book.recordWrong(f.person, "b", "q", lateUtc).state.due == day(11, 26));
    ReviewBookRepository utcBook(f.db, 0min);
    CHECK(utcBook.dayOf(lateUtc) == day(11, 24));
}

TEST_CASE("correct reviews follow SM-2's 1, 6, 15 days and the third in a row leaves the book") {
    Fixture f;
    f.book.recordWrong(f.person, "b", "q", knownMoment());

    auto first = f.book.recordReview(f.person, "b", "q", true, morningOf(11, 25), f.settings);
    REQUIRE(first);
    CHECK(first->state == ReviewState{1, 1, 250, day(11, 26), true});
    CHECK(first->lastReviewAt == tqm::unixMillis(morningOf(11, 25)));
    CHECK(first->wrongCount == 1);

    auto second = f.book.recordReview(f.person, "b", "q", true, morningOf(11, 26), f.settings);
    REQUIRE(second);
    CHECK(second->state == ReviewState{2, 6, 250, day(12, 2), true});

    auto third = f.book.recordReview(f.person, "b", "q", true, morningOf(12, 2), f.settings);
    REQUIRE(third);
    CHECK(third->state == ReviewState{3, 15, 250, day(12, 17), false});
    CHECK(f.book.counts(f.person, day(12, 31)) == BookCounts{0, 0, 1});
    CHECK(f.book.dueEntries(f.person, day(12, 31)).empty());
}

TEST_CASE("a wrong review restarts at one day, lowers the ease and counts one more wrong") {
    Fixture f;
    f.book.recordWrong(f.person, "b", "q", knownMoment());
    f.book.recordReview(f.person, "b", "q", true, morningOf(11, 25), f.settings);
    auto wrong = f.book.recordReview(f.person, "b", "q", false, morningOf(11, 26), f.settings);
    REQUIRE(wrong);
    // Grade 1: EF' = 2.5 + 0.1 - 4 x (0.08 + 4 x 0.02) = 1.96.
    CHECK(wrong->state == ReviewState{0, 1, 196, day(11, 27), true});
    CHECK(wrong->wrongCount == 2);
    CHECK(wrong->enteredAt == 1795516200000);
    CHECK(wrong->lastReviewAt == tqm::unixMillis(morningOf(11, 26)));
}

TEST_CASE("a question answered wrong after leaving the book enters again with its earned ease") {
    Fixture f;
    f.book.recordWrong(f.person, "b", "q", knownMoment());
    f.book.recordReview(f.person, "b", "q", false, morningOf(11, 25), f.settings);
    for (int d : {26, 27, 28})
        f.book.recordReview(f.person, "b", "q", true, morningOf(11, d), f.settings);
    REQUIRE_FALSE(f.book.find(f.person, "b", "q")->state.inBook);

    const BookEntry again = f.book.recordWrong(f.person, "b", "q", morningOf(12, 20));
    CHECK(again.state == ReviewState{0, 1, 196, day(12, 21), true});
    CHECK(again.enteredAt == tqm::unixMillis(morningOf(12, 20)));
    CHECK(again.wrongCount == 3);
    CHECK(again.lastReviewAt == tqm::unixMillis(morningOf(11, 28)));
    CHECK(f.book.counts(f.person, day(12, 21)) == BookCounts{1, 1, 0});
}

TEST_CASE(
    "a second wrong answer while in the book starts the entry over and keeps its entry time") {
    Fixture f;
    f.book.recordWrong(f.person, "b", "q", knownMoment());
    f.book.recordReview(f.person, "b", "q", true, morningOf(11, 25), f.settings);
    const BookEntry again = f.book.recordWrong(f.person, "b", "q", morningOf(11, 26));
    CHECK(again.state == ReviewState{0, 1, 250, day(11, 27), true});
    CHECK(again.enteredAt == 1795516200000);
    CHECK(again.wrongCount == 2);
}

TEST_CASE("reviewing a question that is not in the book writes nothing") {
    Fixture f;
    CHECK_FALSE(f.book.recordReview(f.person, "b", "q", true, knownMoment(), f.settings));
    CHECK(f.db.sql().execAndGet("SELECT count(*) FROM review_book_entry").getInt() == 0);

    f.book.recordWrong(f.person, "b", "q", knownMoment());
    for (int d : {25, 26, 27})
        f.book.recordReview(f.person, "b", "q", true, morningOf(11, d), f.settings);
    const auto left = f.book.find(f.person, "b", "q");
    CHECK_FALSE(f.book.recordReview(f.person, "b", "q", false, morningOf(12, 1), f.settings));
    CHECK(f.book.find(f.person, "b", "q") == left);
}

TEST_CASE("due entries come by due day, then bank, then question, and only the person's own") {
    Fixture f;
    const std::int64_t other = addPerson(f.db, "E002");
    f.book.recordWrong(f.person, "b2", "q1", morningOf(11, 20));  // due 11-21
    f.book.recordWrong(f.person, "b1", "q9", morningOf(11, 22));  // due 11-23
    f.book.recordWrong(f.person, "b1", "q2", morningOf(11, 20));  // due 11-21
    f.book.recordWrong(f.person, "b1", "q3", morningOf(11, 20));  // due 11-21
    f.book.recordWrong(f.person, "b1", "q5", morningOf(11, 24));  // due 11-25: not yet
    f.book.recordWrong(other, "b1", "q1", morningOf(11, 20));

    std::vector<std::string> order;
    for (const BookEntry& e : f.book.dueEntries(f.person, day(11, 24)))
        order.push_back(e.bankId + "/" + e.questionId);
    CHECK(order == std::vector<std::string>{"b1/q2", "b1/q3", "b2/q1", "b1/q9"});
    CHECK(f.book.counts(f.person, day(11, 24)) == BookCounts{5, 4, 0});

    std::vector<std::string> all;
    for (const BookEntry& e : f.book.allEntries(f.person))
        all.push_back(e.bankId + "/" + e.questionId);
    CHECK(all == std::vector<std::string>{"b1/q2", "b1/q3", "b1/q5", "b1/q9", "b2/q1"});
}

TEST_CASE("each book write is committed before the call returns") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    auto opened = Database::open(file, clock);
    REQUIRE(opened.ok());
    const std::int64_t person = addPerson(*opened.database, "E001");
    ReviewBookRepository(*opened.database).recordWrong(person, "b", "q", knownMoment());

    SQLite::Database reader(file.string(), SQLite::OPEN_READONLY);
    CHECK(reader.execAndGet("SELECT wrong_count FROM review_book_entry").getInt() == 1);
}
