// Exact two-place decimals: what is read, what is refused, and the shortest form written back.
#include <catch2/catch.hpp>

#include "base/hundredths.h"

using tqm::formatHundredths;
using tqm::parseHundredths;

TEST_CASE("decimals with up to two places are read as whole hundredths") {
    CHECK(parseHundredths("2") == 200);
    CHECK(parseHundredths("2.5") == 250);
    CHECK(parseHundredths("0.25") == 25);
    CHECK(parseHundredths("-1.5") == -150);
    CHECK(parseHundredths("999999999.99") == 99'999'999'999);
}

TEST_CASE("anything that is not such a decimal is refused") {
    for (const char* text :
         {"", ".5", "2.", "2.555", "1e3", " 2", "2 ", "+2", "1,5", "2.5.1", "1234567890", "--1"}) {
        INFO(text);
        CHECK_FALSE(parseHundredths(text).has_value());
    }
}

TEST_CASE("hundredths are written in the shortest form that reads back the same") {
    CHECK(formatHundredths(200) == "2");
    CHECK(formatHundredths(250) == "2.5");
    CHECK(formatHundredths(25) == "0.25");
    CHECK(formatHundredths(-150) == "-1.5");
    CHECK(formatHundredths(0) == "0");
    for (std::int64_t value : {0, 1, 10, 99, 100, 101, 12345, -7})
        CHECK(parseHundredths(formatHundredths(value)) == value);
}
