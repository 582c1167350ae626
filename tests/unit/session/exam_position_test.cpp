// Where a person is in a running attempt: kept by moveTo() so that the exam screen opens again at
// that question after a restart, refused like any other change once the attempt is over.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "session_test_support.h"

using namespace std::chrono_literals;
using tqm::session::Refusal;
using tqm::sessiontest::Fixture;
using tqm::sessiontest::kStart;
using tqm::storetest::TempFolder;

TEST_CASE("an attempt never moved is at question 1") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    CHECK(f.service.position(attempt) == 1);
    CHECK(f.count("SELECT count(*) FROM attempt_position") == 0);
}

TEST_CASE("moving to a question keeps the latest position with the heartbeat") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(10s);
    CHECK_FALSE(f.service.moveTo(attempt, 4));
    f.clock.advance(5s);
    CHECK_FALSE(f.service.moveTo(attempt, 2));
    CHECK(f.service.position(attempt) == 2);
    CHECK(f.count("SELECT count(*) FROM attempt_position") == 1);
    CHECK(f.count("SELECT moved_at - " + std::to_string(kStart) + " FROM attempt_position") ==
          15000);
    CHECK(f.service.attempts().find(attempt)->heartbeatAt == kStart + 15000);
}

TEST_CASE("the position survives closing and opening the database file") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    std::int64_t attempt = 0;
    {
        Fixture f(tqm::sessiontest::sampleSettings(), file);
        attempt = f.startFor(f.zhang);
        REQUIRE_FALSE(f.service.moveTo(attempt, 5));
    }
    tqm::FakeClock clock(tqm::storetest::knownMoment());
    auto reopened = std::move(*tqm::store::Database::open(file, clock).database);
    tqm::session::ExamService service(reopened);
    CHECK(service.position(attempt) == 5);
}

TEST_CASE("a move to a question that is not on the paper is refused and not kept") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    CHECK(f.service.moveTo(attempt, 6) ==
          Refusal{"no-such-question", "attempt 1 has questions 1 to 5; there is no question 6."});
    CHECK(f.service.moveTo(attempt, 0)->code == "no-such-question");
    CHECK(f.service.position(attempt) == 1);
}

TEST_CASE("a move after the deadline submits the attempt at the deadline and is refused") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(31min);
    const auto refused = f.service.moveTo(attempt, 3);
    REQUIRE(refused);
    CHECK(refused->code == "time-up");
    const auto row = f.service.attempts().find(attempt);
    CHECK(row->submittedAt == kStart + 30 * 60000);
    CHECK(f.service.position(attempt) == 1);
    CHECK(f.service.moveTo(attempt, 2)->code == "already-submitted");
}
