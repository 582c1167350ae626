#include "store/review_book_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/write_scope.h"

namespace tqm::store {

namespace {

constexpr std::string_view kEntryColumns =
    "SELECT person_id, bank_id, question_id, repetitions, interval_days, ease_hundredths, "
    "due_day, in_book, entered_at, wrong_count, last_review_at FROM review_book_entry ";

BookEntry entryFrom(SQLite::Statement& row) {
    BookEntry entry;
    entry.personId = row.getColumn(0).getInt64();
    entry.bankId = row.getColumn(1).getString();
    entry.questionId = row.getColumn(2).getString();
    entry.state.repetitions = row.getColumn(3).getInt();
    entry.state.intervalDays = row.getColumn(4).getInt();
    entry.state.easeHundredths = row.getColumn(5).getInt();
    entry.state.due = std::chrono::sys_days{std::chrono::days{row.getColumn(6).getInt64()}};
    entry.state.inBook = row.getColumn(7).getInt() != 0;
    entry.enteredAt = row.getColumn(8).getInt64();
    entry.wrongCount = row.getColumn(9).getInt();
    if (!row.getColumn(10).isNull()) entry.lastReviewAt = row.getColumn(10).getInt64();
    return entry;
}

std::vector<BookEntry> entriesOf(SQLite::Statement& query) {
    std::vector<BookEntry> entries;
    while (query.executeStep()) entries.push_back(entryFrom(query));
    return entries;
}

std::int64_t dayNumber(std::chrono::sys_days day) {
    return day.time_since_epoch().count();
}

}  // namespace

std::chrono::sys_days ReviewBookRepository::dayOf(TimePoint when) const {
    return std::chrono::floor<std::chrono::days>(when + utcOffset_);
}

BookEntry ReviewBookRepository::recordWrong(std::int64_t personId, std::string_view bankId,
                                            std::string_view questionId, TimePoint when) {
    WriteScope scope(db_.sql(), "book_wrong");
    const std::int64_t now = unixMillis(when);
    std::optional<BookEntry> existing = find(personId, bankId, questionId);
    BookEntry entry;
    if (existing) {
        entry = *existing;
        // An entry still in the book keeps the day it first entered; one that had left enters anew.
        if (!existing->state.inBook) entry.enteredAt = now;
        entry.state = exam::enterBook(&existing->state, dayOf(when));
        ++entry.wrongCount;
    } else {
        entry = {personId,
                 std::string(bankId),
                 std::string(questionId),
                 exam::enterBook(nullptr, dayOf(when)),
                 now,
                 1,
                 std::nullopt};
    }
    write(entry);
    scope.commit();
    return entry;
}

std::optional<BookEntry> ReviewBookRepository::recordReview(std::int64_t personId,
                                                            std::string_view bankId,
                                                            std::string_view questionId,
                                                            bool correct, TimePoint when,
                                                            const exam::ReviewSettings& settings) {
    WriteScope scope(db_.sql(), "book_review");
    std::optional<BookEntry> entry = find(personId, bankId, questionId);
    if (!entry || !entry->state.inBook) return std::nullopt;
    const std::chrono::sys_days day = dayOf(when);
    entry->state = correct ? exam::reviewCorrect(entry->state, day, settings)
                           : exam::reviewWrong(entry->state, day, settings);
    if (!correct) ++entry->wrongCount;
    entry->lastReviewAt = unixMillis(when);
    write(*entry);
    scope.commit();
    return entry;
}

void ReviewBookRepository::write(const BookEntry& entry) {
    SQLite::Statement upsert(
        db_.sql(),
        "INSERT INTO review_book_entry (person_id, bank_id, question_id, repetitions, "
        "interval_days, ease_hundredths, due_day, in_book, entered_at, wrong_count, "
        "last_review_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (person_id, bank_id, question_id) DO UPDATE SET "
        "repetitions = ?4, interval_days = ?5, ease_hundredths = ?6, due_day = ?7, in_book = ?8, "
        "entered_at = ?9, wrong_count = ?10, last_review_at = ?11");
    upsert.bind(1, entry.personId);
    upsert.bind(2, entry.bankId);
    upsert.bind(3, entry.questionId);
    upsert.bind(4, entry.state.repetitions);
    upsert.bind(5, entry.state.intervalDays);
    upsert.bind(6, entry.state.easeHundredths);
    upsert.bind(7, dayNumber(entry.state.due));
    upsert.bind(8, entry.state.inBook ? 1 : 0);
    upsert.bind(9, entry.enteredAt);
    upsert.bind(10, entry.wrongCount);
    if (entry.lastReviewAt)
        upsert.bind(11, *entry.lastReviewAt);
    else
        upsert.bind(11);
    upsert.exec();
}

std::optional<BookEntry> ReviewBookRepository::find(std::int64_t personId, std::string_view bankId,
                                                    std::string_view questionId) {
    SQLite::Statement query(db_.sql(), std::string(kEntryColumns) +
                                           "WHERE person_id = ?1 AND bank_id = ?2 AND "
                                           "question_id = ?3");
    query.bind(1, personId);
    query.bind(2, std::string(bankId));
    query.bind(3, std::string(questionId));
    if (!query.executeStep()) return std::nullopt;
    return entryFrom(query);
}

std::vector<BookEntry> ReviewBookRepository::dueEntries(std::int64_t personId,
                                                        std::chrono::sys_days day) {
    SQLite::Statement query(db_.sql(), std::string(kEntryColumns) +
                                           "WHERE person_id = ?1 AND in_book = 1 AND "
                                           "due_day <= ?2 ORDER BY due_day, bank_id, question_id");
    query.bind(1, personId);
    query.bind(2, dayNumber(day));
    return entriesOf(query);
}

std::vector<BookEntry> ReviewBookRepository::allEntries(std::int64_t personId) {
    SQLite::Statement query(db_.sql(), std::string(kEntryColumns) +
                                           "WHERE person_id = ?1 ORDER BY bank_id, question_id");
    query.bind(1, personId);
    return entriesOf(query);
}

BookCounts ReviewBookRepository::counts(std::int64_t personId, std::chrono::sys_days day) {
    SQLite::Statement query(db_.sql(),
                            "SELECT coalesce(sum(in_book), 0), "
                            "coalesce(sum(in_book = 1 AND due_day <= ?2), 0), "
                            "coalesce(sum(in_book = 0), 0) "
                            "FROM review_book_entry WHERE person_id = ?1");
    query.bind(1, personId);
    query.bind(2, dayNumber(day));
    query.executeStep();
    return {static_cast<std::size_t>(query.getColumn(0).getInt64()),
            static_cast<std::size_t>(query.getColumn(1).getInt64()),
            static_cast<std::size_t>(query.getColumn(2).getInt64())};
}

}  // namespace tqm::store
