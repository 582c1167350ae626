#include <catch2/catch.hpp>

#include "base/line_index.h"

TEST_CASE("offsets map to 1-based lines and character columns") {
    const std::string_view text = "ab\n质量x\n\nz";
    tqm::LineIndex index(text);
    CHECK(index.lineCount() == 4);
    CHECK(index.position(0).line == 1);
    CHECK(index.position(0).column == 1);
    CHECK(index.position(1).column == 2);
    const auto x = index.position(text.find('x'));
    CHECK(x.line == 2);
    CHECK(x.column == 3);  // two Chinese characters before it, 6 bytes
    const auto z = index.position(text.find('z'));
    CHECK(z.line == 4);
    CHECK(z.column == 1);
}
