// The workstation's key material in memory: the Ed25519 key pair that signs what leaves this
// workstation (certificate verification codes now, competition result packages later) and the
// secretbox key that seals ID numbers. Secrets are never copied and are wiped when they go away.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace tqm::admin {

inline constexpr std::size_t kPublicKeyBytes = 32;    // crypto_sign_PUBLICKEYBYTES
inline constexpr std::size_t kSigningSeedBytes = 32;  // crypto_sign_SEEDBYTES
inline constexpr std::size_t kSigningSecretBytes = 64;
inline constexpr std::size_t kSignatureBytes = 64;  // crypto_sign_BYTES
inline constexpr std::size_t kSealKeyBytes = 32;    // crypto_secretbox_KEYBYTES
inline constexpr std::size_t kKeyIdBytes = 8;

using PublicKey = std::array<unsigned char, kPublicKeyBytes>;
using Signature = std::array<unsigned char, kSignatureBytes>;
// The first 8 bytes of the SHA-256 of a public key: short enough to carry in every signed code,
// long enough that two workstations' keys never share one by chance.
using KeyId = std::array<unsigned char, kKeyIdBytes>;

// Why a key could not be read, written or used. `code` is stable for the GUI to translate and
// for tests; `message` is an English sentence naming the file and what to do.
struct KeyProblem {
    std::string code;
    std::string message;

    bool operator==(const KeyProblem&) const = default;
};

// Overwrites memory in a way the compiler may not leave out.
void wipeSecret(void* data, std::size_t size);

template <std::size_t N>
class SecretBytes {
  public:
    SecretBytes() = default;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes() { wipeSecret(bytes_.data(), bytes_.size()); }

    unsigned char* data() { return bytes_.data(); }
    const unsigned char* data() const { return bytes_.data(); }
    static constexpr std::size_t size() { return N; }
    std::span<const unsigned char, N> view() const {
        return std::span<const unsigned char, N>(bytes_);
    }

  private:
    std::array<unsigned char, N> bytes_{};
};

// An Ed25519 key pair kept as its 32-byte seed, from which libsodium derives the rest.
class SigningKeyPair {
  public:
    static std::unique_ptr<SigningKeyPair> generate();
    static std::unique_ptr<SigningKeyPair> fromSeed(
        std::span<const unsigned char, kSigningSeedBytes> seed);

    const PublicKey& publicKey() const { return publicKey_; }
    const SecretBytes<kSigningSeedBytes>& seed() const { return seed_; }
    Signature sign(std::string_view message) const;

  private:
    // Only the factories make key pairs; the tag lets them use std::make_unique.
    struct Made {};

  public:
    explicit SigningKeyPair(Made) {}

  private:
    SecretBytes<kSigningSeedBytes> seed_;
    SecretBytes<kSigningSecretBytes> secretKey_;
    PublicKey publicKey_{};
};

// The 32-byte crypto_secretbox key that seals ID numbers.
class SealKey {
  public:
    static std::unique_ptr<SealKey> generate();
    static std::unique_ptr<SealKey> fromBytes(std::span<const unsigned char, kSealKeyBytes> bytes);

    const SecretBytes<kSealKeyBytes>& bytes() const { return bytes_; }

  private:
    struct Made {};

  public:
    explicit SealKey(Made) {}

  private:
    SecretBytes<kSealKeyBytes> bytes_;
};

KeyId keyIdOf(const PublicKey& publicKey);
// 16 lower-case hex characters.
std::string keyIdHex(const KeyId& keyId);

// True when `signature` is `publicKey`'s Ed25519 signature of exactly `message`.
bool signatureMatches(std::string_view message, const Signature& signature,
                      const PublicKey& publicKey);

// Lower-case hex of bytes.
std::string toHex(std::span<const unsigned char> bytes);

}  // namespace tqm::admin
