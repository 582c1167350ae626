#include <catch2/catch.hpp>

#include <string>

#include "admin/key_material.h"
#include "cert/id_number.h"

namespace Catch {
template <>
struct StringMaker<tqm::cert::IdNumberRefusal> {
    static std::string convert(const tqm::cert::IdNumberRefusal& refusal) {
        return refusal.code + ": " + refusal.message;
    }
};
}  // namespace Catch

using tqm::admin::SealKey;
using tqm::cert::checkIdNumber;
using tqm::cert::idNumberCheckCharacter;
using tqm::cert::IdNumberRefusal;
using tqm::cert::maskIdNumber;
using tqm::cert::normalizeIdNumber;

namespace {

// Numbers of the real form whose check characters were computed by hand with the MOD 11-2
// weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (the first is the example of GB 11643-1999).
constexpr const char* kBeijing = "11010519491231002X";
constexpr const char* kShenzhen = "440304198506120019";
constexpr const char* kSuzhou = "320502199001011234";
constexpr const char* kLeapDay = "110101200002290042";

std::string codeOf(const std::optional<IdNumberRefusal>& refusal) {
    return refusal ? refusal->code : std::string("accepted");
}

}  // namespace

TEST_CASE("the check character is ISO 7064 MOD 11-2 of the first 17 digits") {
    CHECK(idNumberCheckCharacter("11010519491231002") == 'X');
    CHECK(idNumberCheckCharacter("44030419850612001") == '9');
    CHECK(idNumberCheckCharacter("32050219900101123") == '4');
    CHECK(idNumberCheckCharacter("11010120000229004") == '2');
    CHECK(idNumberCheckCharacter("31011519780815301") == '3');
}

TEST_CASE("well-formed ID numbers are accepted") {
    for (const char* number : {kBeijing, kShenzhen, kSuzhou, kLeapDay, "310115197808153013"}) {
        INFO(number);
        CHECK(codeOf(checkIdNumber(number)) == "accepted");
    }
}

TEST_CASE("an ID number is trimmed, made half-width and its x made upper case") {
    CHECK(normalizeIdNumber("  11010519491231002x\t") == kBeijing);
    CHECK(normalizeIdNumber("\u3000１１０１０５１９４９１２３１００２ｘ\u3000") == kBeijing);
    CHECK(normalizeIdNumber("11010519491231002Ｘ") == kBeijing);
    CHECK(normalizeIdNumber("440304198506120019") == kShenzhen);
    CHECK(normalizeIdNumber("   ") == "");
    SECTION("spaces inside are kept, for the check to point at them") {
        CHECK(normalizeIdNumber(" 110105 19491231002X ") == "110105 19491231002X");
    }
}

TEST_CASE("a wrong ID number is refused with an exact reason") {
    CHECK(checkIdNumber("") == IdNumberRefusal{"id-empty", "The ID number is empty."});
    CHECK(checkIdNumber("110105491231002") ==
          IdNumberRefusal{"id-first-generation",
                          "This is a 15-digit first-generation ID number, which is no longer "
                          "valid; type the 18-character number of the current ID card."});
    CHECK(checkIdNumber("11010519491231002") ==
          IdNumberRefusal{"id-wrong-length", "An ID number has 18 characters; this one has 17."});
    CHECK(checkIdNumber("11010519491231002X1") ==
          IdNumberRefusal{"id-wrong-length", "An ID number has 18 characters; this one has 19."});
    CHECK(checkIdNumber("1101051949123100二X") ==
          IdNumberRefusal{"id-not-digit",
                          "Character 17 of the ID number is \"二\"; the first 17 characters are "
                          "digits."});
    CHECK(checkIdNumber("110105 19491231002") ==
          IdNumberRefusal{"id-not-digit",
                          "Character 7 of the ID number is \" \"; the first 17 characters are "
                          "digits."});
    CHECK(checkIdNumber("110105194913310025") ==
          IdNumberRefusal{"id-bad-birth-date",
                          "Characters 7 to 14 of the ID number are the birth date; 19491331 is "
                          "not a valid date."});
    CHECK(codeOf(checkIdNumber("110105194902290025")) == "id-bad-birth-date");  // 1949 not leap
    CHECK(codeOf(checkIdNumber("110105189912310025")) == "id-bad-birth-date");  // before 1900
    CHECK(checkIdNumber("110105194912310021") ==
          IdNumberRefusal{"id-bad-check-character",
                          "The last character of the ID number is \"1\", but the first 17 "
                          "digits give \"X\"; a character was mistyped."});
    SECTION("two neighbouring digits swapped are caught by the check character") {
        CHECK(codeOf(checkIdNumber("11010591491231002X")) != "accepted");
    }
}

TEST_CASE("an ID number with a birth date after today is refused when today is known") {
    const tqm::Date today = *tqm::parseDate("2026-11-24");
    // 2026-11-25 with its check character.
    const std::string first17 = "11010520261125001";
    const std::string number = first17 + idNumberCheckCharacter(first17);
    CHECK(codeOf(checkIdNumber(number)) == "accepted");
    CHECK(checkIdNumber(number, today) ==
          IdNumberRefusal{"id-birth-in-future",
                          "The birth date in the ID number, 2026-11-25, is after today."});
    CHECK(codeOf(checkIdNumber(kBeijing, today)) == "accepted");
}

TEST_CASE("a masked ID number shows the first 6 and the last 4 characters") {
    CHECK(maskIdNumber(kBeijing) == "110105********002X");
    CHECK(maskIdNumber(kShenzhen) == "440304********0019");
    CHECK(maskIdNumber("12345") == "*****");
}

TEST_CASE("a sealed ID number opens with the same key and is different every time") {
    const auto key = SealKey::generate();
    const std::string sealed = tqm::cert::sealIdNumber(kBeijing, *key);
    CHECK(sealed.size() == 24 + 16 + 18);
    CHECK(sealed.find("19491231") == std::string::npos);
    CHECK(tqm::cert::sealIdNumber(kBeijing, *key) != sealed);
    const auto opened = tqm::cert::openIdNumber(sealed, *key);
    REQUIRE_FALSE(opened.refusal);
    CHECK(opened.idNumber == kBeijing);
}

TEST_CASE("a sealed ID number that was altered or sealed with another key does not open") {
    const auto key = SealKey::generate();
    const std::string sealed = tqm::cert::sealIdNumber(kShenzhen, *key);
    const IdNumberRefusal notAuthentic{
        "sealed-not-authentic",
        "The stored ID number cannot be opened: it was altered, or sealed with another "
        "workstation's key."};
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        std::string altered = sealed;
        altered[i] = static_cast<char>(altered[i] ^ 0x01);
        INFO("byte " << i);
        const auto opened = tqm::cert::openIdNumber(altered, *key);
        CHECK(opened.refusal == notAuthentic);
        CHECK(opened.idNumber.empty());
    }
    CHECK(tqm::cert::openIdNumber(sealed, *SealKey::generate()).refusal == notAuthentic);
    CHECK(tqm::cert::openIdNumber(sealed.substr(0, sealed.size() - 1), *key).refusal ==
          notAuthentic);
    CHECK(tqm::cert::openIdNumber(sealed.substr(0, 39), *key).refusal ==
          IdNumberRefusal{"sealed-too-short",
                          "The stored ID number is damaged: it has 39 bytes, fewer than the 40 "
                          "every sealed number has."});
}
