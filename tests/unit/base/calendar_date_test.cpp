// Calendar dates: what is read, what is refused, month arithmetic and the day of an instant.
#include <catch2/catch.hpp>

#include "base/calendar_date.h"

using namespace std::chrono;
using tqm::addMonths;
using tqm::Date;
using tqm::dateAt;
using tqm::formatDate;
using tqm::parseDate;

TEST_CASE("dates are read in ISO form and as spreadsheets write them") {
    CHECK(parseDate("2026-11-24") == Date{2026y / November / 24});
    CHECK(parseDate("2026/11/24") == Date{2026y / November / 24});
    CHECK(parseDate("2026.1.5") == Date{2026y / January / 5});
    CHECK(parseDate("2028-02-29") == Date{2028y / February / 29});
}

TEST_CASE("text that is not an existing date is refused") {
    for (const char* text : {"", "2026", "2026-11", "2026-11-24 ", " 2026-11-24", "2026-13-01",
                             "2026-02-29", "2026-11/24", "26-11-24", "2026-011-24", "2026-11-240",
                             "2026-11-00", "20261124"}) {
        INFO(text);
        CHECK_FALSE(parseDate(text).has_value());
    }
}

TEST_CASE("dates are written with four-digit years and two-digit months and days") {
    CHECK(formatDate(Date{2026y / January / 5}) == "2026-01-05");
    CHECK(formatDate(*parseDate("2026/1/5")) == "2026-01-05");
}

TEST_CASE("adding months keeps the day, or takes the month's last day when it is shorter") {
    CHECK(addMonths(Date{2026y / January / 31}, 1) == Date{2026y / February / 28});
    CHECK(addMonths(Date{2028y / January / 31}, 1) == Date{2028y / February / 29});
    CHECK(addMonths(Date{2026y / November / 24}, 36) == Date{2029y / November / 24});
    CHECK(addMonths(Date{2026y / March / 31}, -1) == Date{2026y / February / 28});
    CHECK(addMonths(Date{2026y / December / 15}, 1) == Date{2027y / January / 15});
}

TEST_CASE("the day of an instant is the day in China Standard Time unless told otherwise") {
    const sys_time<milliseconds> lateUtc = sys_days{2026y / November / 24} + 17h;
    CHECK(dateAt(lateUtc) == Date{2026y / November / 25});
    CHECK(dateAt(lateUtc, minutes{0}) == Date{2026y / November / 24});
}
