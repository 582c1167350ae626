#include "bank/interchange/common/stable_hash.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace tqm::bank {

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
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

}  // namespace tqm::bank
