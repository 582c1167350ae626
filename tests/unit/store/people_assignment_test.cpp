// The people repository dates every change of positions in position_assignment (China Standard
// Time, from the database's clock), so person_position and the assignments always agree.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"

using tqm::storetest::CertStore;
using Positions = std::vector<std::string>;

namespace {

constexpr const char* kAssignments =
    "SELECT p.employee_no, pos.name, a.from_date, a.to_date, a.created_at "
    "FROM position_assignment a JOIN person p ON p.id = a.person_id "
    "JOIN position pos ON pos.id = a.position_id ORDER BY a.id";

constexpr const char* kCurrent =
    "SELECT p.employee_no, pos.name FROM person_position pp JOIN person p ON p.id = "
    "pp.person_id JOIN position pos ON pos.id = pp.position_id ORDER BY 1, 2";

void setPositions(CertStore& s, const Positions& positions) {
    tqm::store::PeopleRepository(s.db).upsert({"E001", "张三", {}, {}, positions});
}

}  // namespace

TEST_CASE("a person added with positions holds each of them from today") {
    CertStore s;
    setPositions(s, {"质检员", "班组长"});
    CHECK(s.rows(kAssignments) ==
          "E001|班组长|2026-11-24|NULL|1795516200000;E001|质检员|2026-11-24|NULL|1795516200000");
    CHECK(s.rows(kCurrent) == "E001|班组长;E001|质检员");
}

TEST_CASE("today is the day in Beijing: 16:30 UTC is already the next day") {
    CertStore s;
    s.clock.advance(std::chrono::hours(6));  // 2026-11-24T16:30Z = 2026-11-25 00:30 CST
    setPositions(s, {"质检员"});
    CHECK(s.rows(kAssignments) == "E001|质检员|2026-11-25|NULL|1795537800000");
}

TEST_CASE("a position taken away ends its assignment yesterday") {
    CertStore s;
    setPositions(s, {"质检员", "班组长"});
    s.clock.advance(std::chrono::days(10));
    setPositions(s, {"质检员"});
    CHECK(s.rows(kAssignments) ==
          "E001|班组长|2026-11-24|2026-12-03|1795516200000;"
          "E001|质检员|2026-11-24|NULL|1795516200000");
    CHECK(s.rows(kCurrent) == "E001|质检员");
}

TEST_CASE("a position taken away on the day it was given leaves no assignment") {
    CertStore s;
    setPositions(s, {"质检员", "班组长"});
    s.clock.advance(std::chrono::hours(3));
    setPositions(s, {"质检员"});
    CHECK(s.rows(kAssignments) == "E001|质检员|2026-11-24|NULL|1795516200000");
    CHECK(s.rows(kCurrent) == "E001|质检员");
}

TEST_CASE("a position given again later starts a new assignment and keeps the old span") {
    CertStore s;
    setPositions(s, {"质检员"});
    s.clock.advance(std::chrono::days(5));
    setPositions(s, {});
    s.clock.advance(std::chrono::days(5));
    setPositions(s, {"质检员"});
    CHECK(s.rows(kAssignments) ==
          "E001|质检员|2026-11-24|2026-11-28|1795516200000;"
          "E001|质检员|2026-12-04|NULL|1796380200000");
    CHECK(s.rows(kCurrent) == "E001|质检员");
}

TEST_CASE("positions written again unchanged touch no assignment") {
    CertStore s;
    setPositions(s, {"质检员"});
    s.clock.advance(std::chrono::days(3));
    setPositions(s, {"质检员"});
    tqm::store::PeopleRepository(s.db).upsert({"E001", "张三", std::string("二车间"), {}, {}});
    CHECK(s.rows(kAssignments) == "E001|质检员|2026-11-24|NULL|1795516200000");
}

TEST_CASE("deleting a person deletes their assignments too") {
    CertStore s;
    setPositions(s, {"质检员"});
    s.db.sql().exec("DELETE FROM person WHERE employee_no = 'E001'");
    CHECK(s.count("position_assignment") == 0);
    CHECK(s.count("person_position") == 0);
}
