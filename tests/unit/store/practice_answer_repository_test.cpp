// Practice answers kept for statistics: exact rows, totals and shares per category.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "store/database.h"
#include "store/people_repository.h"
#include "store/practice_answer_repository.h"
#include "store/write_scope.h"
#include "store_test_support.h"

using tqm::FakeClock;
using tqm::store::AnswerCounts;
using tqm::store::AnswerOrigin;
using tqm::store::AnswerStatistics;
using tqm::store::Database;
using tqm::store::PracticeAnswerRepository;
using tqm::storetest::knownMoment;

namespace {

struct Fixture {
    FakeClock clock{knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    std::int64_t person = [this] {
        tqm::store::PeopleRepository people(db);
        people.upsert({"E001", "张三", {}, {}, {}});
        people.upsert({"E002", "李四", {}, {}, {}});
        return people.findByEmployeeNo("E001")->id;
    }();
    PracticeAnswerRepository answers{db};

    void add(std::string category, bool correct, AnswerOrigin origin, std::int64_t who = 0) {
        answers.record({who ? who : person, "bank", "q-" + category, std::move(category), correct,
                        knownMoment(), origin});
    }
};

}  // namespace

TEST_CASE("a practice answer is stored as one row with its origin and time") {
    Fixture f;
    const std::int64_t id = f.answers.record({f.person, "tqm-basics", "q-pdca", "basics.pdca", true,
                                              knownMoment(), AnswerOrigin::Review});
    SQLite::Statement row(f.db.sql(),
                          "SELECT id, person_id, bank_id, question_id, category, correct, "
                          "answered_at, origin FROM practice_answer");
    REQUIRE(row.executeStep());
    CHECK(row.getColumn(0).getInt64() == id);
    CHECK(row.getColumn(1).getInt64() == f.person);
    CHECK(row.getColumn(2).getString() == "tqm-basics");
    CHECK(row.getColumn(3).getString() == "q-pdca");
    CHECK(row.getColumn(4).getString() == "basics.pdca");
    CHECK(row.getColumn(5).getInt() == 1);
    CHECK(row.getColumn(6).getInt64() == 1795516200000);
    CHECK(row.getColumn(7).getString() == "review");
    CHECK_FALSE(row.executeStep());
}

TEST_CASE("statistics count answered and correct per category, in category order") {
    Fixture f;
    f.add("tools", true, AnswerOrigin::Practice);
    f.add("basics", false, AnswerOrigin::Practice);
    f.add("tools", false, AnswerOrigin::Exam);
    f.add("tools", true, AnswerOrigin::Review);
    f.add("basics", true, AnswerOrigin::Practice);
    f.add("basics", true, AnswerOrigin::Practice, f.person + 1);  // someone else

    const AnswerStatistics all = f.answers.statistics(f.person);
    CHECK(all == AnswerStatistics{{"", 5, 3}, {{"basics", 2, 1}, {"tools", 3, 2}}});
    CHECK(all.total.shareCorrect() == Approx(0.6));
    CHECK(all.categories[0].shareCorrect() == 0.5);

    CHECK(f.answers.statistics(f.person, AnswerOrigin::Exam) ==
          AnswerStatistics{{"", 1, 0}, {{"tools", 1, 0}}});
}

TEST_CASE("a person who has answered nothing has empty statistics and a share of zero") {
    Fixture f;
    const AnswerStatistics none = f.answers.statistics(f.person);
    CHECK(none == AnswerStatistics{});
    CHECK(none.total.shareCorrect() == 0.0);
}

TEST_CASE("writes inside a write scope that is not committed are rolled back together") {
    Fixture f;
    {
        tqm::store::WriteScope outer(f.db.sql(), "outer");
        f.add("tools", true, AnswerOrigin::Practice);
        f.add("tools", false, AnswerOrigin::Practice);
    }
    CHECK(f.answers.statistics(f.person) == AnswerStatistics{});
    {
        tqm::store::WriteScope outer(f.db.sql(), "outer");
        f.add("tools", true, AnswerOrigin::Practice);
        outer.commit();
    }
    CHECK(f.answers.statistics(f.person).total == AnswerCounts{"", 1, 1});
}
