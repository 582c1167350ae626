#include "admin/key_material.h"

#include <sodium.h>

#include <algorithm>

#include "base/sha256.h"

namespace tqm::admin {

void wipeSecret(void* data, std::size_t size) {
    sodium_memzero(data, size);
}

std::unique_ptr<SigningKeyPair> SigningKeyPair::generate() {
    ensureSodiumReady();
    SecretBytes<kSigningSeedBytes> seed;
    randombytes_buf(seed.data(), seed.size());
    return fromSeed(seed.view());
}

std::unique_ptr<SigningKeyPair> SigningKeyPair::fromSeed(
    std::span<const unsigned char, kSigningSeedBytes> seed) {
    ensureSodiumReady();
    auto pair = std::make_unique<SigningKeyPair>(Made{});
    std::copy(seed.begin(), seed.end(), pair->seed_.data());
    crypto_sign_seed_keypair(pair->publicKey_.data(), pair->secretKey_.data(), pair->seed_.data());
    return pair;
}

Signature SigningKeyPair::sign(std::string_view message) const {
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         secretKey_.data());
    return signature;
}

std::unique_ptr<SealKey> SealKey::generate() {
    ensureSodiumReady();
    auto key = std::make_unique<SealKey>(Made{});
    crypto_secretbox_keygen(key->bytes_.data());
    return key;
}

std::unique_ptr<SealKey> SealKey::fromBytes(std::span<const unsigned char, kSealKeyBytes> bytes) {
    auto key = std::make_unique<SealKey>(Made{});
    std::copy(bytes.begin(), bytes.end(), key->bytes_.data());
    return key;
}

KeyId keyIdOf(const PublicKey& publicKey) {
    ensureSodiumReady();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), publicKey.data(), publicKey.size());
    KeyId id{};
    std::copy_n(digest.begin(), id.size(), id.begin());
    return id;
}

std::string keyIdHex(const KeyId& keyId) {
    return toHex(keyId);
}

bool signatureMatches(std::string_view message, const Signature& signature,
                      const PublicKey& publicKey) {
    ensureSodiumReady();
    return crypto_sign_verify_detached(signature.data(),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), publicKey.data()) == 0;
}

std::string toHex(std::span<const unsigned char> bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (unsigned char byte : bytes) {
        hex += kDigits[byte >> 4];
        hex += kDigits[byte & 0x0f];
    }
    return hex;
}

}  // namespace tqm::admin
