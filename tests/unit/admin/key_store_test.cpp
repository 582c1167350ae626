#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "../store/store_test_support.h"
#include "admin/key_file.h"
#include "admin/key_store.h"
#include "admin/public_key_file.h"

namespace Catch {
template <>
struct StringMaker<tqm::admin::KeyProblem> {
    static std::string convert(const tqm::admin::KeyProblem& problem) {
        return problem.code + ": " + problem.message;
    }
};
}  // namespace Catch

namespace fs = std::filesystem;
using tqm::admin::KeyProblem;
using tqm::admin::KeyStore;
using tqm::storetest::bytesOf;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

fs::perms modeOf(const fs::path& path) {
    return fs::status(path).permissions() & fs::perms::mask;
}

std::string restoreAdvice() {
    return " Restore the keys folder from a backup. The file is not replaced by a new key, because "
           "everything the old key sealed or signed would then be unreadable or unverifiable.";
}

// A valid seal key file's line for 32 bytes of 0x11.
std::string sealLineOfElevens() {
    const std::array<unsigned char, 32> key{0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                            0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                            0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                            0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11};
    return tqm::admin::formatKeyFile(tqm::admin::kSealKeyKind, key);
}

}  // namespace

TEST_CASE("the first use creates the keys folder owner-only and each key file 0600") {
    TempFolder temp;
    KeyStore store(temp / "keys");
    REQUIRE_FALSE(fs::exists(temp / "keys"));
    REQUIRE(store.signingKeys());
    REQUIRE(store.sealKey());
    CHECK(modeOf(temp / "keys") == fs::perms::owner_all);
    CHECK(modeOf(temp / "keys" / "workstation-signing.key") ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(modeOf(temp / "keys" / "id-number-seal.key") ==
          (fs::perms::owner_read | fs::perms::owner_write));
    SECTION("and leaves no temporary file behind") {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(temp / "keys"))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        CHECK(names == std::vector<std::string>{"id-number-seal.key", "workstation-signing.key"});
    }
    SECTION("a key file is one line: kind, 64 hex characters and an 8-character check") {
        const std::string line = bytesOf(temp / "keys" / "id-number-seal.key");
        CHECK(line.size() == std::string("tqm-seal-key-1 ").size() + 64 + 1 + 8 + 1);
        CHECK(line.rfind("tqm-seal-key-1 ", 0) == 0);
        CHECK(line.back() == '\n');
    }
}

TEST_CASE("a second store on the same folder reuses the keys instead of making new ones") {
    TempFolder temp;
    KeyStore first(temp / "keys");
    const auto publicKey = first.signingKeys().key->publicKey();
    // The seal key is made only when it is first asked for.
    CHECK_FALSE(fs::exists(temp / "keys" / "id-number-seal.key"));
    REQUIRE(first.sealKey());
    const std::string sealBytes = bytesOf(temp / "keys" / "id-number-seal.key");

    KeyStore second(temp / "keys");
    CHECK(second.signingKeys().key->publicKey() == publicKey);
    REQUIRE(second.sealKey());
    CHECK(std::equal(second.sealKey().key->bytes().data(),
                     second.sealKey().key->bytes().data() + 32,
                     first.sealKey().key->bytes().data()));
    CHECK(bytesOf(temp / "keys" / "id-number-seal.key") == sealBytes);
}

TEST_CASE("stores creating the same key at the same moment all end up with one key") {
    TempFolder temp;
    constexpr std::size_t kStores = 8;
    std::vector<tqm::admin::PublicKey> keys(kStores);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < kStores; ++i)
        threads.emplace_back([&, i] {
            KeyStore store(temp / "keys");
            keys[i] = store.signingKeys().key->publicKey();
        });
    for (auto& thread : threads) thread.join();
    const auto onDisk = KeyStore(temp / "keys").signingKeys().key->publicKey();
    for (const auto& key : keys) CHECK(key == onDisk);
}

TEST_CASE("a seal key file written by hand is read exactly") {
    TempFolder temp;
    fs::create_directories(temp / "keys");
    writeBytes(temp / "keys" / "id-number-seal.key", sealLineOfElevens());
    KeyStore store(temp / "keys");
    const auto seal = store.sealKey();
    REQUIRE(seal);
    for (std::size_t i = 0; i < 32; ++i) CHECK(seal.key->bytes().data()[i] == 0x11);
    SECTION("and a file someone opened to others is closed again") {
        CHECK(modeOf(temp / "keys" / "id-number-seal.key") ==
              (fs::perms::owner_read | fs::perms::owner_write));
    }
}

TEST_CASE("a damaged key file is refused with a message naming it and is never replaced") {
    TempFolder temp;
    fs::create_directories(temp / "keys");
    const fs::path file = temp / "keys" / "id-number-seal.key";
    const std::string name = file.string();
    const std::string prefixOfKey = "tqm-seal-key-1 ";
    std::string oneHexChanged = sealLineOfElevens();
    oneHexChanged[prefixOfKey.size() + 5] = '2';
    KeyStore other(temp / "other");
    REQUIRE(other.signingKeys());

    const std::vector<std::pair<std::string, KeyProblem>> cases{
        {"", {"key-damaged", name + " is damaged: it is empty." + restoreAdvice()}},
        {"hello\n",
         {"key-damaged", name + " is damaged: it is not a TQM key file." + restoreAdvice()}},
        {oneHexChanged,
         {"key-damaged",
          name + " is damaged: its check value does not match the key." + restoreAdvice()}},
        {sealLineOfElevens().substr(0, prefixOfKey.size() + 64),
         {"key-damaged",
          name + " is damaged: it does not have a key and a check value." + restoreAdvice()}},
        {prefixOfKey + std::string(64, 'g') + " 00000000\n",
         {"key-damaged", name + " is damaged: the key is not hexadecimal." + restoreAdvice()}},
        {prefixOfKey + std::string(62, 'a') + " 00000000\n",
         {"key-wrong-size",
          name + " holds a key of 31 bytes; a tqm-seal-key-1 key has 32 bytes." + restoreAdvice()}},
        {bytesOf(temp / "other" / "workstation-signing.key"),
         {"key-wrong-kind", name + " holds a tqm-signing-seed-1 key, not the tqm-seal-key-1 key "
                                   "that belongs here; put the right file back."}},
    };
    for (const auto& [content, expected] : cases) {
        INFO(content);
        writeBytes(file, content);
        KeyStore store(temp / "keys");
        const auto seal = store.sealKey();
        CHECK(seal.key == nullptr);
        CHECK(seal.problem == expected);
        // Asked again, the store refuses again: a refused file is never replaced later either.
        CHECK(store.sealKey().problem == expected);
        CHECK(bytesOf(file) == content);
    }
}

TEST_CASE("a restored key file is read on the next request after a refusal") {
    TempFolder temp;
    fs::create_directories(temp / "keys");
    const fs::path file = temp / "keys" / "id-number-seal.key";
    writeBytes(file, "garbage");
    KeyStore store(temp / "keys");
    REQUIRE(store.sealKey().problem);
    writeBytes(file, sealLineOfElevens());
    const auto seal = store.sealKey();
    REQUIRE(seal);
    CHECK(seal.key->bytes().data()[31] == 0x11);
}

TEST_CASE("a keys folder that cannot be made is reported with its path") {
    TempFolder temp;
    writeBytes(temp / "blocked", "a file where the folder should be");
    KeyStore store(temp / "blocked" / "keys");
    const auto keys = store.signingKeys();
    REQUIRE(keys.problem);
    CHECK(keys.problem->code == "key-folder-failed");
    CHECK(keys.problem->message.rfind(
              "cannot create the keys folder " + (temp / "blocked" / "keys").string() + ": ", 0) ==
          0);
}

TEST_CASE("an in-memory store makes its keys once and writes no file") {
    KeyStore store;
    CHECK(store.inMemory());
    const auto* first = store.signingKeys().key;
    REQUIRE(first != nullptr);
    CHECK(store.signingKeys().key == first);
    CHECK(store.sealKey().key == store.sealKey().key);
    KeyStore other;
    CHECK(other.signingKeys().key->publicKey() != first->publicKey());
}

TEST_CASE("a database's keys live in the folder keys beside its file, in memory for :memory:") {
    CHECK(KeyStore::forDatabase(":memory:")->inMemory());
    const auto store = KeyStore::forDatabase(fs::path("/data/tqm-trainer/tqm.db"));
    REQUIRE(store->folder());
    CHECK(*store->folder() == fs::path("/data/tqm-trainer/keys"));
}

TEST_CASE("the exported public key file reads back as the store's public key") {
    TempFolder temp;
    KeyStore store(temp / "keys");
    REQUIRE_FALSE(store.exportPublicKey(temp / "workstation.pub"));
    const std::string text = bytesOf(temp / "workstation.pub");
    CHECK(text.rfind("TQM-PUBLIC-KEY-1\n", 0) == 0);
    CHECK(text.size() == 17 + 45 + 24);
    const auto read = tqm::admin::readPublicKeyFile(temp / "workstation.pub");
    REQUIRE(read.key);
    CHECK(*read.key == store.signingKeys().key->publicKey());
}
