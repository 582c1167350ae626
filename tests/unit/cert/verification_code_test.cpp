#include <catch2/catch.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "admin/key_material.h"
#include "cert/verification_code.h"

namespace Catch {
template <>
struct StringMaker<tqm::cert::CodeRefusal> {
    static std::string convert(const tqm::cert::CodeRefusal& refusal) {
        return refusal.code + ": " + refusal.message;
    }
};
}  // namespace Catch

using tqm::admin::PublicKey;
using tqm::admin::SigningKeyPair;
using tqm::cert::CertificateFields;
using tqm::cert::CodeRefusal;
using tqm::cert::makeVerificationCode;
using tqm::cert::verifyVerificationCode;

namespace {

tqm::Date day(const char* text) {
    return *tqm::parseDate(text);
}

CertificateFields sampleFields() {
    return {"TQM-2026-000123", "A1024",           "张伟华",         "QC-INTERNAL",
            day("2026-11-24"), day("2026-11-24"), day("2029-11-23")};
}

// base64url without padding, written out here so the tests do not trust the code under test to
// read back what it wrote.
constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string encode(const std::string& bytes) {
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (unsigned char byte : bytes) {
        bits = (bits << 8) | byte;
        count += 8;
        while (count >= 6) {
            out += kAlphabet[(bits >> (count - 6)) & 63];
            count -= 6;
        }
    }
    if (count > 0) out += kAlphabet[(bits << (6 - count)) & 63];
    return out;
}

std::string decode(std::string_view text) {
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (char c : text) {
        bits = (bits << 6) | static_cast<unsigned>(kAlphabet.find(c));
        count += 6;
        if (count >= 8) {
            out += static_cast<char>((bits >> (count - 8)) & 0xff);
            count -= 8;
        }
    }
    return out;
}

struct CodeParts {
    std::string fields;
    std::string signature;
};

CodeParts partsOf(const std::string& code) {
    const std::size_t dot = code.find('.', 6);
    return {decode(code.substr(6, dot - 6)), decode(code.substr(dot + 1))};
}

std::string codeOf(const CodeParts& parts) {
    return "TQMC1." + encode(parts.fields) + "." + encode(parts.signature);
}

std::string refusalCode(const tqm::cert::VerifiedCode& verified) {
    return verified.refusal ? verified.refusal->code : std::string("verified");
}

const CodeRefusal kBadSignature{
    "code-bad-signature",
    "The signature does not match the certificate's details: the code was altered or signed by "
    "another key. Do not trust this certificate."};

const CodeRefusal kMalformed{"code-malformed",
                             "This is not a TQM certificate verification code; check that it "
                             "was copied or scanned whole."};

}  // namespace

TEST_CASE("the signed bytes are the key id and the seven fields separated by 0x1F") {
    const auto keys = SigningKeyPair::generate();
    const auto id = tqm::admin::keyIdOf(keys->publicKey());
    const std::string prefix(id.begin(), id.end());
    const auto canonical = tqm::cert::canonicalFields(sampleFields(), id);
    REQUIRE_FALSE(canonical.refusal);
    CHECK(canonical.bytes == prefix +
                                 "TQM-2026-000123\x1f"
                                 "A1024\x1f张伟华\x1fQC-INTERNAL\x1f"
                                 "20261124\x1f"
                                 "20261124\x1f"
                                 "20291123");
    SECTION("a certificate without expiry ends with an empty field") {
        CertificateFields fields = sampleFields();
        fields.validUntil.reset();
        CHECK(tqm::cert::canonicalFields(fields, id).bytes ==
              prefix +
                  "TQM-2026-000123\x1f"
                  "A1024\x1f张伟华\x1fQC-INTERNAL\x1f"
                  "20261124\x1f"
                  "20261124\x1f");
    }
}

TEST_CASE("a verification code carries the fields and verifies with the public key alone") {
    const auto keys = SigningKeyPair::generate();
    const auto made = makeVerificationCode(sampleFields(), *keys);
    REQUIRE_FALSE(made.refusal);
    // 6 for "TQMC1.", 104 for the 78 field bytes, 1 for the dot, 86 for the signature.
    CHECK(made.code.size() == 197);
    CHECK(made.code.rfind("TQMC1.", 0) == 0);
    CHECK(partsOf(made.code).fields.substr(8, 15) == "TQM-2026-000123");

    const auto verified = verifyVerificationCode(made.code, keys->publicKey());
    REQUIRE_FALSE(verified.refusal);
    CHECK(*verified.fields == sampleFields());
    CHECK(*verified.keyId == tqm::admin::keyIdOf(keys->publicKey()));

    SECTION("spaces and a line break around a scanned code are ignored") {
        CHECK(refusalCode(verifyVerificationCode("  " + made.code + "\r\n", keys->publicKey())) ==
              "verified");
    }
    SECTION("a certificate without expiry comes back without one") {
        CertificateFields fields = sampleFields();
        fields.validUntil.reset();
        const auto code = makeVerificationCode(fields, *keys).code;
        CHECK(verifyVerificationCode(code, keys->publicKey()).fields == fields);
    }
}

TEST_CASE("every single altered byte of the fields or the signature is refused") {
    const auto keys = SigningKeyPair::generate();
    const std::string code = makeVerificationCode(sampleFields(), *keys).code;
    const CodeParts parts = partsOf(code);
    REQUIRE(codeOf(parts) == code);
    REQUIRE(parts.fields.size() == 78);
    REQUIRE(parts.signature.size() == 64);
    for (unsigned char flip : {0x01, 0x80, 0xff}) {
        for (std::size_t i = 0; i < parts.fields.size(); ++i) {
            CodeParts altered = parts;
            altered.fields[i] = static_cast<char>(altered.fields[i] ^ flip);
            const auto verified = verifyVerificationCode(codeOf(altered), keys->publicKey());
            INFO("field byte " << i << " xor " << int(flip));
            // The first 8 bytes are the key id: changed, they name a key the verifier lacks.
            CHECK(refusalCode(verified) == (i < 8 ? "code-unknown-key" : "code-bad-signature"));
            CHECK_FALSE(verified.fields);
        }
        for (std::size_t i = 0; i < parts.signature.size(); ++i) {
            CodeParts altered = parts;
            altered.signature[i] = static_cast<char>(altered.signature[i] ^ flip);
            const auto verified = verifyVerificationCode(codeOf(altered), keys->publicKey());
            INFO("signature byte " << i << " xor " << int(flip));
            CHECK(verified.refusal == kBadSignature);
        }
    }
}

TEST_CASE("every single altered character of a code is refused") {
    const auto keys = SigningKeyPair::generate();
    const std::string code = makeVerificationCode(sampleFields(), *keys).code;
    for (std::size_t i = 0; i < code.size(); ++i) {
        std::string altered = code;
        altered[i] = altered[i] == 'A' ? 'B' : 'A';
        INFO("character " << i);
        CHECK(verifyVerificationCode(altered, keys->publicKey()).refusal.has_value());
    }
}

TEST_CASE("a code signed by another key is refused as signed by an unknown key") {
    const auto ours = SigningKeyPair::generate();
    const auto theirs = SigningKeyPair::generate();
    const std::string code = makeVerificationCode(sampleFields(), *theirs).code;
    const auto verified = verifyVerificationCode(code, ours->publicKey());
    const std::string theirId = tqm::admin::keyIdHex(tqm::admin::keyIdOf(theirs->publicKey()));
    CHECK(verified.refusal ==
          CodeRefusal{"code-unknown-key",
                      "This certificate was signed by an unknown key (key id " + theirId +
                          "); import the public key of the workstation that issued it."});
    CHECK(tqm::admin::keyIdHex(*verified.keyId) == theirId);

    SECTION("a verifier holding several keys picks the one the code names") {
        const std::array<PublicKey, 2> both{ours->publicKey(), theirs->publicKey()};
        const auto found = verifyVerificationCode(code, both);
        CHECK(found.fields == sampleFields());
    }
    SECTION("another key that claims a known key's id is refused as a bad signature") {
        CodeParts forged = partsOf(code);
        const auto ourId = tqm::admin::keyIdOf(ours->publicKey());
        forged.fields.replace(0, 8, std::string(ourId.begin(), ourId.end()));
        CHECK(verifyVerificationCode(codeOf(forged), ours->publicKey()).refusal == kBadSignature);
    }
}

TEST_CASE("text that is no verification code is refused as malformed, another version as such") {
    const auto keys = SigningKeyPair::generate();
    const std::string code = makeVerificationCode(sampleFields(), *keys).code;
    const std::string fieldsPart = code.substr(6, code.find('.', 6) - 6);
    for (const std::string& text :
         {std::string(), std::string("hello"), std::string("TQMC1."), std::string("TQMC1.abc"),
          std::string("TQMC.abc.def"), std::string("tqmc1.") + code.substr(6), code + "=",
          code + ".", "TQMC1." + fieldsPart + ".AAAA",
          "TQMC1.AAAA." + code.substr(code.rfind('.') + 1),
          "TQMC1.@@." + code.substr(code.rfind('.') + 1)}) {
        INFO(text);
        CHECK(verifyVerificationCode(text, keys->publicKey()).refusal == kMalformed);
    }
    CHECK(verifyVerificationCode("TQMC2." + code.substr(6), keys->publicKey()).refusal ==
          CodeRefusal{"code-wrong-version",
                      "This verification code is of version 2; this program reads version 1 "
                      "codes. Use a newer program to verify it."});
}

TEST_CASE("a code is not made for fields that could not be read back unambiguously") {
    const auto keys = SigningKeyPair::generate();
    CertificateFields fields = sampleFields();
    SECTION("an empty number") {
        fields.number.clear();
        CHECK(makeVerificationCode(fields, *keys).refusal ==
              CodeRefusal{"code-field-invalid",
                          "A verification code cannot be made: the number is empty."});
    }
    SECTION("a name holding the separator byte") {
        fields.personName = "张\x1f伟";
        CHECK(makeVerificationCode(fields, *keys).refusal ==
              CodeRefusal{"code-field-invalid",
                          "A verification code cannot be made: the name holds a control "
                          "character or is not UTF-8 text."});
    }
    SECTION("a date after the year 9999") {
        fields.validUntil = tqm::Date{std::chrono::year{10000} / 1 / 1};
        CHECK(makeVerificationCode(fields, *keys).refusal ==
              CodeRefusal{"code-field-invalid",
                          "A verification code cannot be made: a date is outside the years 1 to "
                          "9999."});
    }
    SECTION("an empty employee number is allowed") {
        fields.employeeNo.clear();
        const auto code = makeVerificationCode(fields, *keys).code;
        CHECK(verifyVerificationCode(code, keys->publicKey()).fields == fields);
    }
}

TEST_CASE("the fields of a certificate come from its number, person, type and dates") {
    tqm::cert::Certificate certificate;
    certificate.number = "TQM-2026-000123";
    certificate.issuedOn = day("2026-11-24");
    certificate.validFrom = day("2026-11-24");
    certificate.validUntil = day("2029-11-23");
    certificate.issuer = "not signed";
    tqm::cert::PersonSummary person{7, "A1024", "张伟华", "一车间", "质量部"};
    tqm::cert::CertificateType type;
    type.code = "QC-INTERNAL";
    CHECK(tqm::cert::fieldsOf(certificate, person, type) == sampleFields());
}
