// Positions by name with their key flag, and dated assignments that keep the current positions
// (person_position) in step.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"
#include "store/position_repository.h"

using tqm::cert::Assignment;
using tqm::cert::Position;
using tqm::store::PositionRepository;
using tqm::store::Refusal;
using tqm::store::RefusalCode;
using tqm::storetest::CertStore;
using tqm::storetest::day;

TEST_CASE("a position is added by name and updated in place when its name comes again") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto added = positions.upsert({0, "质检员", true, "出厂检验"});
    REQUIRE(added.ok());
    CHECK(*added.value == Position{added.value->id, "质检员", true, "出厂检验"});
    const auto updated = positions.upsert({0, "质检员", false, "进货检验"});
    REQUIRE(updated.ok());
    CHECK(*updated.value == Position{added.value->id, "质检员", false, "进货检验"});
    positions.upsert({0, "班组长", false, ""});
    CHECK(positions.list() ==
          std::vector<Position>{*positions.findByName("班组长"), *updated.value});
    CHECK(s.rows("SELECT name, is_key, description FROM position ORDER BY id") ==
          "质检员|0|进货检验;班组长|0|");
}

TEST_CASE("a position without a name is refused") {
    CertStore s;
    const auto refused = PositionRepository(s.db).upsert({0, "", true, ""});
    CHECK(refused.refusal == Refusal{RefusalCode::InvalidField, "a position needs a name"});
    CHECK(s.count("position") == 0);
}

TEST_CASE("an open assignment makes the position current and ending it takes it away") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto person = s.person("E001");
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    const auto added = positions.addAssignment(person, inspector, day("2026-09-01"));
    REQUIRE(added.ok());
    CHECK(*added.value == Assignment{added.value->id, person, inspector, day("2026-09-01"), {}});
    CHECK(s.rows("SELECT person_id, position_id FROM person_position") ==
          std::to_string(person) + "|" + std::to_string(inspector));
    CHECK(positions.endAssignment(added.value->id, day("2026-11-30")) == std::nullopt);
    CHECK(s.count("person_position") == 0);
    CHECK(s.rows("SELECT from_date, to_date, created_at FROM position_assignment") ==
          "2026-09-01|2026-11-30|1795516200000");
}

TEST_CASE("a closed span from the past is history only, not a current position") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto person = s.person("E001");
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    REQUIRE(positions.addAssignment(person, inspector, day("2025-01-01"), day("2025-06-30")).ok());
    CHECK(s.count("person_position") == 0);
    CHECK(positions.assignmentsOf(person) ==
          std::vector<Assignment>{{1, person, inspector, day("2025-01-01"), day("2025-06-30")}});
}

TEST_CASE(
    "assignments are refused for unknown people and positions, reversed dates and "
    "overlapping spans") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto person = s.person("E001");
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    REQUIRE(positions.addAssignment(person, inspector, day("2026-01-01"), day("2026-03-31")).ok());
    CHECK(positions.addAssignment(99, inspector, day("2026-05-01")).refusal ==
          Refusal{RefusalCode::UnknownPerson, "there is no person with id 99"});
    CHECK(positions.addAssignment(person, 42, day("2026-05-01")).refusal ==
          Refusal{RefusalCode::UnknownPosition, "there is no position with id 42"});
    CHECK(
        positions.addAssignment(person, inspector, day("2026-05-01"), day("2026-04-30")).refusal ==
        Refusal{RefusalCode::DatesOutOfOrder,
                "an assignment cannot end on 2026-04-30, before it begins on "
                "2026-05-01"});
    CHECK(positions.addAssignment(person, inspector, day("2026-03-31")).refusal ==
          Refusal{RefusalCode::OverlappingAssignment,
                  "person 1 already holds position 1 from 2026-01-01 to 2026-03-31"});
    CHECK(positions.addAssignment(person, inspector, day("2025-12-01"), day("2026-01-01"))
              .refusal.has_value());
    REQUIRE(positions.addAssignment(person, inspector, day("2026-04-01")).ok());
    CHECK(positions.addAssignment(person, inspector, day("2027-01-01")).refusal ==
          Refusal{RefusalCode::OverlappingAssignment,
                  "person 1 already holds position 1 from 2026-04-01 on"});
    CHECK(s.count("position_assignment") == 2);
}

TEST_CASE("ending an assignment is refused when it is unknown, ended, or before its start") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto person = s.person("E001");
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    const auto id = positions.addAssignment(person, inspector, day("2026-05-01")).value->id;
    CHECK(positions.endAssignment(77, day("2026-06-01")) ==
          Refusal{RefusalCode::UnknownAssignment, "there is no assignment with id 77"});
    CHECK(positions.endAssignment(id, day("2026-04-30")) ==
          Refusal{RefusalCode::DatesOutOfOrder,
                  "an assignment cannot end on 2026-04-30, before it begins on 2026-05-01"});
    CHECK(positions.endAssignment(id, day("2026-05-01")) == std::nullopt);
    CHECK(positions.endAssignment(id, day("2026-06-01")) ==
          Refusal{RefusalCode::AssignmentEnded, "assignment 1 already ended on 2026-05-01"});
}

TEST_CASE("a person's assignments come by first day, and all of them by id") {
    CertStore s;
    PositionRepository positions(s.db);
    const auto first = s.person("E001");
    const auto second = s.person("E002");
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    const auto lead = positions.upsert({0, "班组长", false, ""}).value->id;
    positions.addAssignment(first, lead, day("2026-06-01"));
    positions.addAssignment(second, inspector, day("2026-02-01"));
    positions.addAssignment(first, inspector, day("2026-01-01"), day("2026-05-31"));
    CHECK(positions.assignmentsOf(first) ==
          std::vector<Assignment>{{3, first, inspector, day("2026-01-01"), day("2026-05-31")},
                                  {1, first, lead, day("2026-06-01"), {}}});
    const auto all = positions.allAssignments();
    REQUIRE(all.size() == 3);
    CHECK((all[0].id == 1 && all[1].id == 2 && all[2].id == 3));
    CHECK(all[1] == Assignment{2, second, inspector, day("2026-02-01"), {}});
}
