// The source viewer's excerpt is pure string work: no display needed.
#include <catch2/catch.hpp>

#include "bank_browser/source_excerpt.h"

using tqm::gui::sourceExcerpt;

TEST_CASE("a source excerpt holds the problem's line and the lines around it that exist") {
    const std::string text = "\xEF\xBB\xBFone\r\ntwo\n\tthree\nfour\nfive";
    const auto middle = sourceExcerpt(text, 3, 1);
    REQUIRE(middle.size() == 3);
    CHECK(middle[0].number == 2);
    CHECK(middle[0].text == "two");
    CHECK(middle[1].text == "    three");
    CHECK(middle[2].number == 4);

    const auto start = sourceExcerpt(text, 1, 2);
    REQUIRE(start.size() == 3);
    CHECK(start[0].text == "one");
    const auto end = sourceExcerpt(text, 5, 2);
    REQUIRE(end.size() == 3);
    CHECK(end.back().number == 5);
    CHECK(end.back().text == "five");
    CHECK(sourceExcerpt(text, 9, 1).empty());
}
