#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.h"

TEST_CASE("valid UTF-8 Chinese text has no invalid offset") {
    CHECK(tqm::isValidUtf8("全面质量管理"));
    CHECK_FALSE(tqm::firstInvalidUtf8("全面质量管理").has_value());
}

TEST_CASE("the first invalid byte is located exactly") {
    const std::string text = std::string("ab中") + "\xD6\xCA" + "x";  // GBK 质 after valid text
    REQUIRE(tqm::firstInvalidUtf8(text).has_value());
    CHECK(*tqm::firstInvalidUtf8(text) == 5);
}

TEST_CASE("GBK-encoded Chinese is recognised as GBK") {
    const std::string gbk = "\xD6\xCA\xC1\xBF\xB9\xDC\xC0\xED";  // 质量管理 in GBK
    CHECK(tqm::looksLikeGbk(gbk));
    CHECK_FALSE(tqm::looksLikeGbk("质量管理"));
    CHECK_FALSE(tqm::looksLikeGbk("plain ascii"));
}

TEST_CASE("overlong encodings and surrogates are invalid") {
    CHECK(tqm::firstInvalidUtf8("\xC0\xAF") == std::size_t{0});
    CHECK(tqm::firstInvalidUtf8("a\xED\xA0\x80") == std::size_t{1});
}

TEST_CASE("a byte order mark is stripped") {
    CHECK(tqm::withoutBom("\xEF\xBB\xBFid") == "id");
    CHECK(tqm::withoutBom("id") == "id");
}
