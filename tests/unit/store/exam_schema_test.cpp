// Schema version 2: an existing version-1 file is migrated with its people kept, and the exam
// tables refuse rows that break their rules.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/database.h"
#include "store/people_repository.h"
#include "store_test_support.h"

using tqm::FakeClock;
using tqm::store::Database;
using tqm::store::Migration;
using tqm::store::PeopleRepository;
using tqm::store::Person;
using tqm::storetest::knownMoment;
using tqm::storetest::TempFolder;

namespace {

std::vector<std::string> namesOf(SQLite::Database& sql, const std::string& type) {
    SQLite::Statement query(sql,
                            "SELECT name FROM sqlite_schema WHERE type = ?1 AND name NOT "
                            "LIKE 'sqlite_%' ORDER BY name");
    query.bind(1, type);
    std::vector<std::string> names;
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    return names;
}

// The plan SQLite chooses for `sql`, one detail per line.
std::string planOf(SQLite::Database& sql, const std::string& query) {
    SQLite::Statement plan(sql, "EXPLAIN QUERY PLAN " + query);
    std::string details;
    while (plan.executeStep()) details += plan.getColumn(3).getString() + "\n";
    return details;
}

struct Fixture {
    FakeClock clock{knownMoment()};
    Database db = std::move(*Database::open(tqm::store::kInMemory, clock).database);

    // A person, an exam and an attempt with one question, for the constraint tests.
    Fixture() {
        PeopleRepository(db).upsert({"E001", "张三", {}, {}, {}});
        db.sql().exec(
            "INSERT INTO exam (id, title, time_limit_ms, pass_mark, attempts_allowed, "
            "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) "
            "VALUES (1, '月考', 1800000, 6000, 1, 'highest', 'after-submit', 'deadline-runs', "
            "'same', 42, 0)");
        db.sql().exec(
            "INSERT INTO attempt (id, exam_id, person_id, attempt_no, seed, bank_id, "
            "bank_version, bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at) "
            "VALUES (1, 1, 1, 1, 7, 'b', '1', printf('%.64c', 'a'), 0, 1800000, 1800000, 0)");
        db.sql().exec(
            "INSERT INTO paper_question (attempt_id, seq, bank_id, question_id, type, category, "
            "points, frozen) VALUES (1, 1, 'b', 'q1', 'true-false', 'c', 100, '{}')");
    }
};

}  // namespace

TEST_CASE(
    "migrating a version-1 file to the current version keeps every person and their positions") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    std::vector<Person> before;
    {
        const std::vector<Migration> versionOne{tqm::store::allMigrations().front()};
        auto opened = Database::open(file, clock, versionOne);
        REQUIRE(opened.ok());
        // Written as a version-1 program wrote them (today's repository also dates positions
        // in a table version 1 does not have).
        opened.database->sql().exec(R"sql(
            INSERT INTO person (id, employee_no, name, unit, department, created_at, updated_at)
            VALUES (1, 'E001', '张三', '一车间', '质检科', 1795516200000, 1795516200000),
                   (2, 'E002', '李四', '二车间', '', 1795516200000, 1795516200000);
            INSERT INTO position (id, name) VALUES (1, '质检员');
            INSERT INTO person_position (person_id, position_id) VALUES (1, 1);
        )sql");
        PeopleRepository people(*opened.database);
        before = people.list();
        REQUIRE(before.size() == 2);
        REQUIRE(before[0].positions == std::vector<std::string>{"质检员"});
        REQUIRE(opened.database->schemaVersion() == 1);
    }
    clock.advance(std::chrono::hours(2));
    auto opened = Database::open(file, clock);
    REQUIRE(opened.ok());
    CHECK(opened.database->schemaVersion() ==
          tqm::store::latestVersion(tqm::store::allMigrations()));
    CHECK(opened.database->backupFile() == folder / "tqm.db.v1-20261124-123000.bak");
    CHECK(PeopleRepository(*opened.database).list() == before);
    CHECK(opened.database->sql().execAndGet("SELECT count(*) FROM attempt").getInt() == 0);
}

TEST_CASE("the schema has its tables' indexes and the append-only triggers") {
    FakeClock clock(knownMoment());
    auto opened = Database::open(tqm::store::kInMemory, clock);
    SQLite::Database& sql = opened.database->sql();
    CHECK(namesOf(sql, "index") ==
          std::vector<std::string>{
              "attempt_of_person", "attempt_restart_by_attempt", "certificate_by_attempt",
              "certificate_by_renewed", "certificate_by_type", "certificate_of_person",
              "certificate_requirement_by_type", "certificate_review_of_certificate",
              "certificate_type_by_exam", "course_progress_by_attempt", "essay_mark_by_question",
              "exam_by_blueprint", "extra_time_by_person", "extra_time_of_person",
              "live_competition_by_hash", "merged_package_by_competition", "merged_package_by_key",
              "merged_result_by_package", "person_by_unit", "person_position_by_position",
              "position_assignment_by_position",
              "position_assignment_of_person", "position_assignment_open",
              "practice_answer_by_person", "review_book_entry_by_due", "training_class_exam_by_exam",
                                         "training_class_member_by_person"});
    CHECK(namesOf(sql, "trigger") ==
          std::vector<std::string>{
              "answer_history_no_delete", "answer_history_no_update", "attempt_restart_no_update",
              "audit_log_no_delete", "audit_log_no_update",
              "essay_mark_no_delete", "essay_mark_no_update", "extra_time_no_delete",
              "extra_time_no_update", "live_event_no_delete", "live_event_no_update",
              "merged_package_no_delete", "merged_package_no_update",
              "merged_result_no_delete", "merged_result_no_update", "paper_question_frozen",
              "study_hours_no_update"});
}

TEST_CASE("the queries of results, answers and recently seen questions use indexes") {
    Fixture f;
    SQLite::Database& sql = f.db.sql();
    CHECK(planOf(sql,
                 "SELECT * FROM attempt WHERE exam_id = 1 AND submitted_at IS NOT NULL "
                 "ORDER BY person_id, attempt_no") ==
          "SEARCH attempt USING INDEX sqlite_autoindex_attempt_1 (exam_id=?)\n");
    CHECK(planOf(sql,
                 "SELECT id FROM attempt WHERE exam_id = 1 AND person_id = 1 "
                 "ORDER BY attempt_no DESC LIMIT 3") ==
          "SEARCH attempt USING COVERING INDEX sqlite_autoindex_attempt_1 (exam_id=? AND "
          "person_id=?)\n");
    CHECK(planOf(sql, "SELECT seq, answer FROM answer WHERE attempt_id = 1 ORDER BY seq") ==
          "SEARCH answer USING PRIMARY KEY (attempt_id=?)\n");
    CHECK(planOf(sql, "SELECT question_id FROM paper_question WHERE attempt_id = 1 ORDER BY seq") ==
          "SEARCH paper_question USING PRIMARY KEY (attempt_id=?)\n");
}

TEST_CASE("exam rows with unknown policies or impossible values are refused") {
    Fixture f;
    const std::string insert =
        "INSERT INTO exam (title, time_limit_ms, pass_mark, attempts_allowed, attempts_combine, "
        "show_answers, timer_policy, paper_mode, seed, created_at) VALUES ";
    CHECK_THROWS_WITH(
        f.db.sql().exec(insert + "('x', 1, 0, 1, 'best', 'never', 'deadline-runs', 'same', 1, 0)"),
        Catch::Contains("CHECK constraint failed: attempts_combine IN"));
    CHECK_THROWS_WITH(
        f.db.sql().exec(insert + "('x', 1, 0, 1, 'last', 'later', 'deadline-runs', 'same', 1, 0)"),
        Catch::Contains("CHECK constraint failed: show_answers IN"));
    CHECK_THROWS_WITH(
        f.db.sql().exec(insert + "('x', 1, 0, 1, 'last', 'never', 'stop', 'same', 1, 0)"),
        Catch::Contains("CHECK constraint failed: timer_policy IN"));
    CHECK_THROWS_WITH(
        f.db.sql().exec(insert + "('x', 0, 0, 1, 'last', 'never', 'deadline-runs', 'same', 1, 0)"),
        Catch::Contains("CHECK constraint failed: time_limit_ms > 0"));
    CHECK_THROWS_WITH(
        f.db.sql().exec(insert + "('x', 1, 0, 0, 'last', 'never', 'deadline-runs', 'same', 1, 0)"),
        Catch::Contains("CHECK constraint failed: attempts_allowed >= 1"));
}

TEST_CASE("an attempt's deadline must add up and its submission comes with a verdict") {
    Fixture f;
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE attempt SET deadline = 1 WHERE id = 1"),
                      Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE attempt SET submitted_at = 5, "
                                      "submitted_by = 'person' WHERE id = 1"),
                      Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(
        f.db.sql().exec("UPDATE attempt SET submitted_at = 5, submitted_by = 'me', "
                        "earned = 0, max_points = 100, verdict = 'fail' WHERE id = 1"),
        Catch::Contains("CHECK constraint failed: submitted_by IN"));
    CHECK(f.db.sql().exec("UPDATE attempt SET submitted_at = 5, submitted_by = 'deadline', "
                          "earned = 0, max_points = 100, verdict = 'fail' WHERE id = 1") == 1);
}

TEST_CASE("answers must belong to a question on the paper and frozen questions cannot change") {
    Fixture f;
    CHECK_THROWS_WITH(f.db.sql().exec("INSERT INTO answer VALUES (1, 2, 'T', 0, 1)"),
                      "FOREIGN KEY constraint failed");
    CHECK(f.db.sql().exec("INSERT INTO answer VALUES (1, 1, 'T', 0, 1)") == 1);
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE paper_question SET points = 200"),
                      "a paper question is frozen as it was shown");
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE paper_question SET earned = 150, status = 'correct'"),
                      Catch::Contains("CHECK constraint failed: earned BETWEEN 0 AND points"));
    CHECK(f.db.sql().exec("UPDATE paper_question SET earned = 100, status = 'correct'") == 1);
    CHECK_THROWS_WITH(f.db.sql().exec("INSERT INTO paper_question (attempt_id, seq, bank_id, "
                                      "question_id, type, category, points, frozen) VALUES "
                                      "(1, 2, 'b', 'q2', 'true-false', 'c', 100, 'not json')"),
                      Catch::Contains("CHECK constraint failed: json_valid(frozen)"));
}

TEST_CASE("extra time, restarts and essay marks are kept as recorded") {
    Fixture f;
    f.db.sql().exec(
        "INSERT INTO extra_time (exam_id, person_id, extra_ms, granted_at, "
        "granted_by, reason) VALUES (1, 1, 600000, 0, '王主任', '')");
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE extra_time SET extra_ms = 1"),
                      "extra time grants are kept as granted");
    CHECK_THROWS_WITH(f.db.sql().exec("DELETE FROM extra_time"),
                      "extra time grants are kept as granted");
    CHECK_THROWS_WITH(
        f.db.sql().exec("INSERT INTO extra_time (exam_id, person_id, extra_ms, "
                        "granted_at, granted_by, reason) VALUES (1, 1, 0, 0, 'x', '')"),
        Catch::Contains("CHECK constraint failed: extra_ms > 0"));
    f.db.sql().exec(
        "INSERT INTO attempt_restart (attempt_id, last_heartbeat, restarted_at, "
        "paused_ms) VALUES (1, 10, 20, 0)");
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE attempt_restart SET paused_ms = 10"),
                      "restarts are kept as recorded");
}
