#include <catch2/catch.hpp>

#include "bank/answer_matching.h"

using tqm::bank::Blank;
using tqm::bank::blankAccepts;

namespace {

Blank textBlank() {
    Blank b;
    b.accepted = {"实施", "Do", "PDCA"};
    return b;
}

Blank numberBlank(double number, double tolerance) {
    Blank b;
    b.number = number;
    b.tolerance = tolerance;
    return b;
}

}  // namespace

TEST_CASE("a blank accepts any of its accepted answers") {
    CHECK(blankAccepts(textBlank(), "实施", false));
    CHECK(blankAccepts(textBlank(), "Do", false));
    CHECK_FALSE(blankAccepts(textBlank(), "检查", false));
    CHECK_FALSE(blankAccepts(textBlank(), "实施了", false));
}

TEST_CASE("blank answers ignore full-width forms and surrounding spaces") {
    CHECK(blankAccepts(textBlank(), "\xEF\xBC\xB0\xEF\xBC\xA4\xEF\xBC\xA3\xEF\xBC\xA1", false));
    CHECK(blankAccepts(textBlank(), "  实施\xE3\x80\x80", false));
    CHECK(blankAccepts(textBlank(), "\t\xEF\xBC\xA4o\n", true));
}

TEST_CASE("blank answers ignore letter case unless the question is case-sensitive") {
    CHECK(blankAccepts(textBlank(), "do", false));
    CHECK(blankAccepts(textBlank(), "pdca", false));
    CHECK_FALSE(blankAccepts(textBlank(), "do", true));
    CHECK(blankAccepts(textBlank(), "Do", true));
}

TEST_CASE("an empty answer is never accepted") {
    Blank b;
    b.accepted = {" "};
    CHECK_FALSE(blankAccepts(b, "", false));
    CHECK_FALSE(blankAccepts(b, "\xE3\x80\x80", false));
    CHECK_FALSE(blankAccepts(numberBlank(0.0, 0.0), "", false));
}

TEST_CASE("a numeric blank accepts numbers within the tolerance in half- or full-width form") {
    const Blank cpk = numberBlank(1.33, 0.01);
    CHECK(blankAccepts(cpk, "1.33", false));
    CHECK(blankAccepts(cpk, "\xEF\xBC\x91.\xEF\xBC\x93\xEF\xBC\x93", false));  // １.３３
    CHECK(
        blankAccepts(cpk, "\xEF\xBC\x91\xEF\xBC\x8E\xEF\xBC\x93\xEF\xBC\x94", false));  // １．３４
    CHECK(blankAccepts(cpk, " 1.330 ", false));
    CHECK(blankAccepts(cpk, "+1.32", false));
    CHECK(blankAccepts(cpk, "1.34", false));
    CHECK_FALSE(blankAccepts(cpk, "1.35", false));
    CHECK_FALSE(blankAccepts(cpk, "1.3", false));
    CHECK_FALSE(blankAccepts(cpk, "1.33abc", false));
    CHECK_FALSE(blankAccepts(cpk, "1.33e0", false));
    CHECK_FALSE(blankAccepts(cpk, "约1.33", false));
}

TEST_CASE("a numeric blank with no tolerance needs the exact value, negatives included") {
    const Blank b = numberBlank(-2.0, 0.0);
    CHECK(blankAccepts(b, "-2", false));
    CHECK(blankAccepts(b, "\xEF\xBC\x8D\xEF\xBC\x92", false));  // －２
    CHECK(blankAccepts(b, "-2.000", false));
    CHECK_FALSE(blankAccepts(b, "-2.001", false));
    CHECK_FALSE(blankAccepts(b, "2", false));
}

TEST_CASE("a numeric blank also accepts its listed text answers") {
    Blank b = numberBlank(0.5, 0.0);
    b.accepted = {"一半"};
    CHECK(blankAccepts(b, "0.5", false));
    CHECK(blankAccepts(b, "一半", false));
    CHECK_FALSE(blankAccepts(b, "0.6", false));
}
