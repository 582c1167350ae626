// People by 工号: upserts that never duplicate, positions as a shared set, and listing.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Exception.h>

#include "store/people_repository.h"
#include "store_test_support.h"

using tqm::FakeClock;
using tqm::store::Database;
using tqm::store::PeopleFilter;
using tqm::store::PeopleRepository;
using tqm::store::Person;
using tqm::store::PersonUpdate;
using tqm::store::UpsertOutcome;
using tqm::storetest::knownMoment;
using Positions = std::vector<std::string>;

namespace {

constexpr std::int64_t kStart = 1795516200000;  // knownMoment() in Unix milliseconds

struct Fixture {
    FakeClock clock{knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);
    PeopleRepository people{db};

    int count(const std::string& table) {
        return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
    }
};

std::vector<std::string> employeeNos(const std::vector<Person>& people) {
    std::vector<std::string> numbers;
    for (const Person& p : people) numbers.push_back(p.employeeNo);
    return numbers;
}

}  // namespace

TEST_CASE("a new 工号 adds a person stamped with the clock's time") {
    Fixture f;
    CHECK(f.people.upsert({"E001", "张三", "一车间", "质检科", Positions{"质检员", "班组长"}}) ==
          UpsertOutcome::Added);
    const auto found = f.people.findByEmployeeNo("E001");
    REQUIRE(found);
    CHECK(*found == Person{found->id, "E001", "张三", "一车间", "质检科",
                           Positions{"班组长", "质检员"}, kStart, kStart});
}

TEST_CASE("an unknown 工号 finds nobody") {
    Fixture f;
    f.people.upsert({"E001", "张三", {}, {}, {}});
    CHECK_FALSE(f.people.findByEmployeeNo("E002").has_value());
    CHECK_FALSE(f.people.findByEmployeeNo("e001").has_value());
}

TEST_CASE("a known 工号 updates the person instead of adding another") {
    Fixture f;
    f.people.upsert({"E001", "张三", "一车间", "质检科", Positions{"质检员"}});
    const std::int64_t id = f.people.findByEmployeeNo("E001")->id;
    f.clock.advance(std::chrono::minutes(5));
    CHECK(f.people.upsert({"E001", "张三丰", "二车间", "生产科", Positions{"班组长"}}) ==
          UpsertOutcome::Updated);
    CHECK(f.count("person") == 1);
    CHECK(*f.people.findByEmployeeNo("E001") == Person{id, "E001", "张三丰", "二车间", "生产科",
                                                       Positions{"班组长"}, kStart,
                                                       kStart + 5 * 60 * 1000});
}

TEST_CASE("writing the same data again changes nothing, not even the update time") {
    Fixture f;
    f.people.upsert({"E001", "张三", "一车间", "质检科", Positions{"质检员", "班组长"}});
    f.clock.advance(std::chrono::minutes(5));
    CHECK(f.people.upsert({"E001", "张三", "一车间", "质检科", Positions{"班组长", "质检员"}}) ==
          UpsertOutcome::Unchanged);
    CHECK(f.people.findByEmployeeNo("E001")->updatedAt == kStart);
}

TEST_CASE("a field that is not given keeps what the database holds") {
    Fixture f;
    f.people.upsert({"E001", "张三", "一车间", "质检科", Positions{"质检员"}});
    CHECK(f.people.upsert({"E001", "张三", {}, {}, {}}) == UpsertOutcome::Unchanged);
    CHECK(f.people.upsert({"E001", "张三", "二车间", {}, {}}) == UpsertOutcome::Updated);
    const auto found = f.people.findByEmployeeNo("E001");
    CHECK(found->unit == "二车间");
    CHECK(found->department == "质检科");
    CHECK(found->positions == Positions{"质检员"});
}

TEST_CASE("an empty position list takes every position away") {
    Fixture f;
    f.people.upsert({"E001", "张三", {}, {}, Positions{"质检员"}});
    CHECK(f.people.upsert({"E001", "张三", {}, {}, Positions{}}) == UpsertOutcome::Updated);
    CHECK(f.people.findByEmployeeNo("E001")->positions.empty());
    CHECK(f.count("person_position") == 0);
}

TEST_CASE("positions are one shared set: repeats collapse and people share a position's row") {
    Fixture f;
    f.people.upsert({"E001", "张三", {}, {}, Positions{"质检员", "质检员", ""}});
    f.people.upsert({"E002", "李四", {}, {}, Positions{"质检员", "班组长"}});
    CHECK(f.count("position") == 2);
    CHECK(f.count("person_position") == 3);
    CHECK(f.people.findByEmployeeNo("E001")->positions == Positions{"质检员"});
}

TEST_CASE("the people list filters by unit, by position or both, in 工号 order") {
    Fixture f;
    f.people.upsertAll(std::vector<PersonUpdate>{
        {"E003", "王五", "一车间", "", Positions{"班组长"}},
        {"E001", "张三", "一车间", "", Positions{"质检员"}},
        {"E002", "李四", "二车间", "", Positions{"质检员", "班组长"}},
        {"E004", "赵六", "二车间", "", Positions{}},
    });
    CHECK(employeeNos(f.people.list()) == Positions{"E001", "E002", "E003", "E004"});
    CHECK(employeeNos(f.people.list(PeopleFilter{"一车间", {}})) == Positions{"E001", "E003"});
    CHECK(employeeNos(f.people.list(PeopleFilter{{}, "班组长"})) == Positions{"E002", "E003"});
    CHECK(employeeNos(f.people.list(PeopleFilter{"二车间", "班组长"})) == Positions{"E002"});
    CHECK(f.people.list(PeopleFilter{"三车间", {}}).empty());
    CHECK(f.people.list()[1].positions == Positions{"班组长", "质检员"});
}

TEST_CASE("upserting many people counts each outcome") {
    Fixture f;
    f.people.upsert({"E001", "张三", {}, {}, {}});
    f.people.upsert({"E002", "李四", {}, {}, {}});
    const auto counts = f.people.upsertAll(std::vector<PersonUpdate>{{"E001", "张三", {}, {}, {}},
                                                                     {"E002", "李四四", {}, {}, {}},
                                                                     {"E003", "王五", {}, {}, {}}});
    CHECK(counts == tqm::store::UpsertCounts{1, 1, 1});
    CHECK(f.count("person") == 3);
}

TEST_CASE("a batch of people is written whole or not at all") {
    Fixture f;
    f.db.sql().exec(
        "CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.name = '坏' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const std::vector<PersonUpdate> batch{{"E001", "张三", {}, {}, Positions{"质检员"}},
                                          {"E002", "坏", {}, {}, {}}};
    CHECK_THROWS_AS(f.people.upsertAll(batch), SQLite::Exception);
    CHECK(f.count("person") == 0);
    CHECK(f.count("position") == 0);
}

TEST_CASE("deleting a person deletes their position links, because foreign keys are on") {
    Fixture f;
    f.people.upsert({"E001", "张三", {}, {}, Positions{"质检员", "班组长"}});
    f.db.sql().exec("DELETE FROM person WHERE employee_no = 'E001'");
    CHECK(f.count("person_position") == 0);
    CHECK(f.count("position") == 2);
}
