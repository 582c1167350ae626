// Where the workstation keeps its secret keys: files in a folder `keys/` beside the database,
// never in the database itself, so that a copied or exported database carries no key. The folder
// is made readable by its owner only (0700) and each key file too (0600).
//
//     keys/workstation-signing.key   the Ed25519 key pair that signs what leaves this workstation
//     keys/id-number-seal.key        the crypto_secretbox key that seals ID numbers
//
// Each key is created on first use. A key file that exists but cannot be read back exactly
// (damaged, truncated, of the wrong kind or size) is refused with a message naming it and is
// never replaced: a new key would make every sealed ID number unreadable and every signed
// certificate unverifiable with the public key already handed out. See admin/key_file.h for the
// file format and admin/public_key_file.h for the exported public key.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

#include "admin/key_material.h"

namespace tqm::admin {

inline constexpr std::string_view kKeysFolderName = "keys";
inline constexpr std::string_view kSigningKeyFileName = "workstation-signing.key";
inline constexpr std::string_view kSealKeyFileName = "id-number-seal.key";

// A key the store holds (it stays valid as long as the store), or why there is none.
template <class Key>
struct KeyAccess {
    const Key* key = nullptr;
    std::optional<KeyProblem> problem;

    explicit operator bool() const { return key != nullptr; }
};

class KeyStore {
  public:
    // Keys made on first use and kept only in memory, lost with the store: for tests and for
    // :memory: databases.
    KeyStore();
    // Keys in `folder`, which is created when a key is first needed.
    explicit KeyStore(std::filesystem::path folder);
    ~KeyStore();
    KeyStore(const KeyStore&) = delete;
    KeyStore& operator=(const KeyStore&) = delete;

    // The keys of a database: the folder `keys` beside the file, or in memory for ":memory:".
    static std::unique_ptr<KeyStore> forDatabase(const std::filesystem::path& databaseFile);

    bool inMemory() const { return !folder_; }
    // The keys folder; nothing for an in-memory store.
    const std::optional<std::filesystem::path>& folder() const { return folder_; }

    // The key pair, read from its file or created (with the file) on first use. Problems:
    // key-folder-failed, key-unreadable, key-write-failed and those of parseKeyFile().
    KeyAccess<SigningKeyPair> signingKeys();
    KeyAccess<SealKey> sealKey();

    // Writes the signing key's public half as a public key file (admin/public_key_file.h).
    std::optional<KeyProblem> exportPublicKey(const std::filesystem::path& file);

  private:
    std::optional<KeyProblem> prepareFolder();

    std::optional<std::filesystem::path> folder_;
    std::mutex mutex_;  // the GUI may ask from a worker thread while the UI thread asks too
    std::unique_ptr<SigningKeyPair> signing_;
    std::unique_ptr<SealKey> seal_;
};

}  // namespace tqm::admin
