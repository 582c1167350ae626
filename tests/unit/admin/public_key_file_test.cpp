#include <catch2/catch.hpp>

#include <string>

#include "../store/store_test_support.h"
#include "admin/public_key_file.h"

namespace Catch {
template <>
struct StringMaker<tqm::admin::KeyProblem> {
    static std::string convert(const tqm::admin::KeyProblem& problem) {
        return problem.code + ": " + problem.message;
    }
};
}  // namespace Catch

using tqm::admin::KeyProblem;
using tqm::admin::parsePublicKeyFile;
using tqm::admin::PublicKey;

namespace {

// Any 32 bytes are read as a key by the file format; the bytes 0 to 31 make expected texts easy to
// compute independently (base64 and SHA-256 by another program).
PublicKey keyOfBytes0To31() {
    PublicKey key{};
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<unsigned char>(i);
    return key;
}

constexpr const char* kBase64Of0To31 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

std::string fileWith(const std::string& keyLine, const std::string& idLine) {
    return "TQM-PUBLIC-KEY-1\n" + keyLine + "\n" + idLine + "\n";
}

KeyProblem problemOf(const std::string& text) {
    const auto read = parsePublicKeyFile(text, "site-a.pub");
    REQUIRE(read.problem);
    CHECK_FALSE(read.key);
    return *read.problem;
}

}  // namespace

TEST_CASE("a public key file is the header, the key in base64 and its key id") {
    const PublicKey key = keyOfBytes0To31();
    const std::string id = tqm::admin::keyIdHex(tqm::admin::keyIdOf(key));
    CHECK(id.size() == 16);
    CHECK(tqm::admin::formatPublicKeyFile(key) ==
          "TQM-PUBLIC-KEY-1\n" + std::string(kBase64Of0To31) + "\nkey-id " + id + "\n");
    const auto read = parsePublicKeyFile(tqm::admin::formatPublicKeyFile(key), "site-a.pub");
    REQUIRE(read.key);
    CHECK(*read.key == key);
}

TEST_CASE("the key id is the first 8 bytes of the SHA-256 of the public key, in hex") {
    // sha256 of the bytes 0..31 begins 630dcd2966c4336691125448bbb25b4f (computed independently).
    CHECK(tqm::admin::keyIdHex(tqm::admin::keyIdOf(keyOfBytes0To31())) == "630dcd2966c43366");
}

TEST_CASE("a public key file with CRLF line ends, a byte order mark and blank lines is read") {
    const std::string id = tqm::admin::keyIdHex(tqm::admin::keyIdOf(keyOfBytes0To31()));
    const auto read =
        parsePublicKeyFile("\xEF\xBB\xBFTQM-PUBLIC-KEY-1\r\n" + std::string(kBase64Of0To31) +
                               "\r\nkey-id " + id + "\r\n\r\n",
                           "site-a.pub");
    REQUIRE(read.key);
    CHECK(*read.key == keyOfBytes0To31());
}

TEST_CASE("a public key file that is wrong is refused naming the file, the line and the fault") {
    const std::string id = tqm::admin::keyIdHex(tqm::admin::keyIdOf(keyOfBytes0To31()));
    CHECK(problemOf("") ==
          KeyProblem{"public-key-not-a-key",
                     "site-a.pub, line 1: the file is empty; a public key file starts with "
                     "TQM-PUBLIC-KEY-1."});
    CHECK(problemOf("-----BEGIN PUBLIC KEY-----\n") ==
          KeyProblem{"public-key-not-a-key",
                     "site-a.pub, line 1: a public key file starts with TQM-PUBLIC-KEY-1; this "
                     "one starts with \"-----BEGIN PUBLIC KEY-----\"."});
    CHECK(problemOf("TQM-PUBLIC-KEY-2\nAAAA\n") ==
          KeyProblem{"public-key-wrong-version",
                     "site-a.pub, line 1: this public key file is of version 2; this program "
                     "reads version 1. Use a newer program."});
    CHECK(problemOf("TQM-PUBLIC-KEY-1\n") ==
          KeyProblem{"public-key-missing-line", "site-a.pub, line 2: the key is missing."});
    CHECK(problemOf(fileWith("not base64!", "key-id " + id)) ==
          KeyProblem{"public-key-not-base64", "site-a.pub, line 2: the key is not base64 text."});
    CHECK(problemOf(fileWith("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==", "key-id " + id)) ==
          KeyProblem{"public-key-wrong-size",
                     "site-a.pub, line 2: the key has 31 bytes; an Ed25519 public key has 32."});
    CHECK(problemOf(fileWith("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISI=", "key-id " + id)) ==
          KeyProblem{"public-key-wrong-size",
                     "site-a.pub, line 2: the key has 35 bytes; an Ed25519 public key has 32."});
    CHECK(problemOf("TQM-PUBLIC-KEY-1\n" + std::string(kBase64Of0To31) + "\n") ==
          KeyProblem{"public-key-missing-line", "site-a.pub, line 3: the key-id line is missing."});
    CHECK(problemOf(fileWith(kBase64Of0To31, "key-id 0000000000000000")) ==
          KeyProblem{"public-key-id-mismatch",
                     "site-a.pub, line 3: \"key-id 0000000000000000\" does not match the key, "
                     "whose id is " +
                         id + "; the file is damaged."});
    CHECK(problemOf(fileWith(kBase64Of0To31, "key-id " + id) + "more\n") ==
          KeyProblem{"public-key-extra-text",
                     "site-a.pub, line 4: unexpected text after the key id: \"more\"."});
}

TEST_CASE("a public key file that does not exist is reported with its path") {
    tqm::storetest::TempFolder temp;
    const auto read = tqm::admin::readPublicKeyFile(temp / "missing.pub");
    REQUIRE(read.problem);
    CHECK(*read.problem ==
          KeyProblem{"public-key-unreadable", "cannot read " + (temp / "missing.pub").string() +
                                                  ": the file does not exist or may not be read."});
}
