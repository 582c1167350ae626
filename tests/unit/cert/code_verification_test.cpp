// Checking verification codes given directly or as a file of lines (cert/code_verification.h).
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "admin/key_store.h"
#include "admin/public_key_file.h"
#include "cert/code_verification.h"

using tqm::cert::CertificateFields;
using tqm::cert::verifyCodeLines;
using tqm::cert::verifyCodes;

namespace {

CertificateFields fields(const std::string& number) {
    return {number,
            "D0005",
            "周海燕",
            "INT-QI",
            *tqm::parseDate("2026-11-24"),
            *tqm::parseDate("2026-11-24"),
            *tqm::parseDate("2028-11-23")};
}

std::string codeFor(tqm::admin::KeyStore& keys, const std::string& number) {
    return tqm::cert::makeVerificationCode(fields(number), *keys.signingKeys().key).code;
}

// The code with one character of its signature part changed.
std::string altered(std::string code) {
    char& last = code[code.size() - 3];
    last = last == 'A' ? 'B' : 'A';
    return code;
}

}  // namespace

TEST_CASE("a code given directly verifies with this workstation's key") {
    tqm::admin::KeyStore keys;
    const auto verificationKeys = tqm::cert::verificationKeys(keys, {});
    REQUIRE(verificationKeys.keys.size() == 1);
    const auto result =
        verifyCodes("  " + codeFor(keys, "TQM-2026-000001") + "\n", verificationKeys.keys);
    REQUIRE(result.checks.size() == 1);
    CHECK(result.checks[0].line == 0);
    CHECK(result.checks[0].result.fields == fields("TQM-2026-000001"));
    CHECK(result.allValid());
}

TEST_CASE(
    "a file of codes is checked line by line, blank lines skipped, each result naming its line") {
    tqm::admin::KeyStore keys;
    tqm::admin::KeyStore other;
    const std::string text = "\xEF\xBB\xBF" + codeFor(keys, "A-1") + "\r\n\r\n   \n" +
                             altered(codeFor(keys, "A-2")) + "\n" + codeFor(other, "B-1") +
                             "\nnot a code\n";
    const auto keyList = tqm::cert::verificationKeys(keys, {}).keys;
    const auto result = verifyCodeLines(text, "codes.txt", keyList);
    REQUIRE(result.checks.size() == 4);
    CHECK(result.checks[0].line == 1);
    CHECK(result.checks[0].valid());
    CHECK(result.checks[1].line == 4);
    CHECK(result.checks[1].result.refusal->code == "code-bad-signature");
    CHECK(result.checks[2].line == 5);
    CHECK(result.checks[2].result.refusal->code == "code-unknown-key");
    CHECK(result.checks[3].line == 6);
    CHECK(result.checks[3].result.refusal->code == "code-malformed");
    CHECK_FALSE(result.allValid());
}

TEST_CASE("another workstation's code verifies once its public key file is given") {
    tqm::admin::KeyStore keys;
    tqm::admin::KeyStore branch;
    const tqm::storetest::TempFolder folder;
    REQUIRE_FALSE(branch.exportPublicKey(folder / "branch.pub"));
    const std::vector<std::filesystem::path> files{folder / "branch.pub"};
    const auto keyList = tqm::cert::verificationKeys(keys, files);
    REQUIRE_FALSE(keyList.problem);
    CHECK(keyList.keys.size() == 2);
    const auto result = verifyCodes(codeFor(branch, "B-7"), keyList.keys);
    CHECK(result.allValid());
}

TEST_CASE("a public key file that cannot be read is a problem naming it") {
    tqm::admin::KeyStore keys;
    const tqm::storetest::TempFolder folder;
    std::ofstream(folder / "broken.pub") << "TQM-PUBLIC-KEY-1\nnot base64\n";
    const std::vector<std::filesystem::path> files{folder / "broken.pub"};
    const auto keyList = tqm::cert::verificationKeys(keys, files);
    REQUIRE(keyList.problem);
    CHECK(keyList.problem->message.find("broken.pub") != std::string::npos);
}

TEST_CASE("an argument that is neither a code nor a file, and a file without codes, are problems") {
    tqm::admin::KeyStore keys;
    const auto keyList = tqm::cert::verificationKeys(keys, {}).keys;
    const auto neither = verifyCodes("no-such-file.txt", keyList);
    CHECK(neither.problem->code == "not-a-code-or-file");
    CHECK(neither.problem->message ==
          "no-such-file.txt is neither a verification code (it would start with TQMC1.) nor an "
          "existing file of codes");
    const auto empty = verifyCodeLines("\n \n", "empty.txt", keyList);
    CHECK(empty.problem->code == "code-file-empty");
    CHECK_FALSE(empty.allValid());
}
