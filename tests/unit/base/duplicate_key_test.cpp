#include <catch2/catch.hpp>

#include <string>

#include "base/text_normalize.h"

using tqm::duplicateKey;

TEST_CASE("a duplicate key folds full-width letters and digits and drops what does not count") {
    CHECK(duplicateKey("ＰＤＣＡ　循环，第１步！") == "pdca循环第1步");
    CHECK(duplicateKey("Cpk < 1.33 时") == "cpk133时");
    CHECK(duplicateKey("“三全”—— 全员·全过程") == "三全全员全过程");
    CHECK(duplicateKey("𠀀 Ünïcode") == "𠀀Ünïcode");  // only ASCII letters are lower-cased
    CHECK(duplicateKey("。，、；：？！") == "");
}

TEST_CASE("a duplicate key of bytes that are not UTF-8 replaces each bad byte") {
    CHECK(duplicateKey(std::string("A\xFF") + "中") == "a\xEF\xBF\xBD中");
    CHECK(duplicateKey("\xD6\xCA") == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
