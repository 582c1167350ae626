// Timestamps as the database and the backup names write them.
#include <catch2/catch.hpp>

#include "base/clock.h"

using namespace std::chrono_literals;

TEST_CASE("a fake clock stands still until it is advanced") {
    const tqm::TimePoint start = tqm::fromUnixMillis(1795516200000);
    tqm::FakeClock clock(start);
    CHECK(clock.now() == start);
    clock.advance(90min);
    CHECK(tqm::unixMillis(clock.now()) == 1795516200000 + 90 * 60 * 1000);
}

TEST_CASE("times are written as ISO 8601 UTC with milliseconds and as file stamps") {
    const tqm::TimePoint time = tqm::fromUnixMillis(1795516200000 + 3723 * 1000 + 45);
    CHECK(tqm::formatIsoUtc(time) == "2026-11-24T11:32:03.045Z");
    CHECK(tqm::formatFileStamp(time) == "20261124-113203");
    CHECK(tqm::formatIsoUtc(tqm::fromUnixMillis(0)) == "1970-01-01T00:00:00.000Z");
    CHECK(tqm::formatFileStamp(tqm::fromUnixMillis(951782400000)) == "20000229-000000");
}
