#include <catch2/catch.hpp>

#include "exam/points.h"

using tqm::exam::formatPoints;
using tqm::exam::shareOf;
using tqm::exam::toCentipoints;

TEST_CASE("bank points become exact hundredths") {
    CHECK(toCentipoints(1.0) == 100);
    CHECK(toCentipoints(1.5) == 150);
    CHECK(toCentipoints(0.1) == 10);
    // 0.29 x 100 is 28.999999999999996 in binary floating point: rounding, not truncation.
    CHECK(toCentipoints(0.29) == 29);
    CHECK(toCentipoints(1.33) == 133);
}

TEST_CASE("points are written without trailing zeros") {
    CHECK(formatPoints(200) == "2");
    CHECK(formatPoints(50) == "0.5");
    CHECK(formatPoints(133) == "1.33");
    CHECK(formatPoints(5) == "0.05");
    CHECK(formatPoints(0) == "0");
    CHECK(formatPoints(-150) == "-1.5");
}

TEST_CASE("a share rounds down to 0.01 and the last part takes the remainder") {
    // 2 points over 3 parts: 200 / 3 = 66 remainder 2.
    CHECK(shareOf(200, 0, 3) == 0);
    CHECK(shareOf(200, 1, 3) == 66);
    CHECK(shareOf(200, 2, 3) == 132);
    CHECK(shareOf(200, 3, 3) == 200);
    // 1 point over 7 parts: 14 each, all seven earn 100, not 98.
    CHECK(shareOf(100, 6, 7) == 84);
    CHECK(shareOf(100, 7, 7) == 100);
    CHECK(shareOf(100, 1, 0) == 0);
}
