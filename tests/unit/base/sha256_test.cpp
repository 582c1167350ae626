#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/sha256.h"

TEST_CASE("SHA-256 of bytes matches the FIPS 180-2 test vectors") {
    CHECK(tqm::sha256Hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(tqm::sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(tqm::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 of a file is the digest of its bytes, read in blocks") {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "tqm-sha256-test-million-a.bin";
    {
        // FIPS 180-2's third vector: one million 'a', more than one read block.
        std::ofstream out(file, std::ios::binary);
        const std::string block(1000, 'a');
        for (int i = 0; i < 1000; ++i) out << block;
    }
    const tqm::FileDigest digest = tqm::sha256OfFile(file);
    std::filesystem::remove(file);
    CHECK(digest.ok());
    CHECK(digest.hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 of a missing file is an error naming the file, not an exception") {
    const std::filesystem::path file = "/nonexistent-dir/bank.xml";
    const tqm::FileDigest digest = tqm::sha256OfFile(file);
    CHECK_FALSE(digest.ok());
    CHECK(digest.hex.empty());
    CHECK(digest.error == "the file /nonexistent-dir/bank.xml cannot be opened for reading");
}
