#include "base/sha256.h"

#include <sodium.h>

#include <array>
#include <fstream>
#include <stdexcept>

namespace tqm {

namespace {

std::string toHex(const std::array<unsigned char, crypto_hash_sha256_BYTES>& digest) {
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

}  // namespace

void ensureSodiumReady() {
    // A function-local static runs sodium_init() exactly once, even with several threads.
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string sha256Hex(std::string_view bytes) {
    ensureSodiumReady();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    return toHex(digest);
}

FileDigest sha256OfFile(const std::filesystem::path& file) {
    ensureSodiumReady();
    std::ifstream in(file, std::ios::binary);
    if (!in) return {{}, "the file " + file.string() + " cannot be opened for reading"};
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<char, 1 << 16> block{};
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const std::streamsize got = in.gcount();
        if (got > 0)
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(block.data()),
                                      static_cast<unsigned long long>(got));
    }
    if (in.bad()) return {{}, "the file " + file.string() + " could not be read to the end"};
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return {toHex(digest), {}};
}

}  // namespace tqm
