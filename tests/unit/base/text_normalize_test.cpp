#include <catch2/catch.hpp>

#include "base/text_normalize.h"

using tqm::duplicateKey;
using tqm::normalizeBlankAnswer;

TEST_CASE("blank answers fold full-width letters, digits and spaces to half-width") {
    CHECK(normalizeBlankAnswer("\xEF\xBC\xB0\xEF\xBC\xA4\xEF\xBC\xA3\xEF\xBC\xA1", false) ==
          "pdca");
    CHECK(normalizeBlankAnswer("\xEF\xBC\x91\xEF\xBC\x99\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x91",
                               true) == "19001");
}

TEST_CASE("blank answers ignore surrounding spaces, including the ideographic space") {
    CHECK(normalizeBlankAnswer("  \xE3\x80\x80戴明环\xE3\x80\x80 ", false) == "戴明环");
    CHECK(normalizeBlankAnswer("six   sigma", false) == "six sigma");
}

TEST_CASE("blank answers keep letter case only when the question asks for it") {
    CHECK(normalizeBlankAnswer("Cpk", false) == "cpk");
    CHECK(normalizeBlankAnswer("Cpk", true) == "Cpk");
}

TEST_CASE("near-duplicate stems share a key regardless of punctuation, spaces and width") {
    CHECK(duplicateKey("PDCA循环的四个阶段是什么？") == duplicateKey("pdca 循环的四个阶段是什么?"));
    CHECK(duplicateKey("“三全”指什么。") == duplicateKey("三全指什么"));
    CHECK(duplicateKey("质量是什么") != duplicateKey("质量不是什么"));
}

TEST_CASE("toHalfWidth changes only full-width ASCII forms and the ideographic space") {
    CHECK(tqm::toHalfWidth("Ａ１，中文\xE3\x80\x80") == "A1,中文 ");
}
