#include "admin/key_store.h"

#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <system_error>

#include "admin/key_file.h"
#include "admin/public_key_file.h"
#include "base/file_io.h"
#include "base/sha256.h"
#include "store/database.h"

namespace tqm::admin {

namespace fs = std::filesystem;

namespace {

// A key file is one line of under 200 bytes; a much larger file is not one.
constexpr std::size_t kMaxKeyFileBytes = 4096;
constexpr fs::perms kOwnerOnlyFile = fs::perms::owner_read | fs::perms::owner_write;

struct WipedText {
    std::string text;
    ~WipedText() { sodium_memzero(text.data(), text.size()); }
};

std::string randomSuffix() {
    std::array<unsigned char, 8> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return toHex(bytes);
}

// Creates `file` holding `text` only if no such file exists, even when another program (the
// command line beside the GUI) creates the same key at the same moment: the new file is written
// under a unique name and hard-linked into place, which fails rather than replaces. Whoever
// loses the race then reads the winner's key, so both use the same one.
std::optional<KeyProblem> createIfAbsent(const fs::path& file, std::string_view text) {
    fs::path fresh = file;
    fresh += ".new-" + randomSuffix();
    const std::string error = writeFileAtomically(fresh, text, kOwnerOnlyFile);
    if (!error.empty()) return KeyProblem{"key-write-failed", error};
    std::error_code ec;
    fs::create_hard_link(fresh, file, ec);
    if (ec && ec != std::errc::file_exists) {
        // A file system without hard links (some USB sticks): the small race is accepted there.
        std::error_code exists;
        if (!fs::exists(file, exists)) fs::rename(fresh, file, ec);
        if (ec && !fs::exists(file, exists)) {
            fs::remove(fresh, exists);
            return KeyProblem{"key-write-failed",
                              "cannot create " + file.string() + ": " + ec.message()};
        }
    }
    std::error_code ignored;
    fs::remove(fresh, ignored);
    return std::nullopt;
}

std::optional<KeyProblem> readWhole(const fs::path& file, WipedText& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return KeyProblem{"key-unreadable", "cannot read " + file.string() +
                                                ": the file may not be read by this user account."};
    out.text.assign(kMaxKeyFileBytes + 1, '\0');
    in.read(out.text.data(), static_cast<std::streamsize>(out.text.size()));
    out.text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return KeyProblem{"key-unreadable", "cannot read " + file.string() + ": a read error."};
    return std::nullopt;
}

// Reads the key in `file`, creating the file with a key from `generate` when there is none.
template <std::size_t N, class Generate>
std::optional<KeyProblem> loadOrCreate(const fs::path& file, std::string_view kind,
                                       SecretBytes<N>& key, Generate generate) {
    std::error_code ec;
    const bool present = fs::exists(file, ec);
    if (ec)
        return KeyProblem{"key-unreadable", "cannot read " + file.string() + ": " + ec.message()};
    if (!present) {
        SecretBytes<N> fresh;
        generate(fresh.data());
        WipedText text{formatKeyFile(kind, fresh.view())};
        if (auto problem = createIfAbsent(file, text.text)) return problem;
    }
    WipedText text;
    if (auto problem = readWhole(file, text)) return problem;
    KeyFileRead read = parseKeyFile(text.text, kind, N, file);
    if (read.problem) return read.problem;
    std::copy(read.key.begin(), read.key.end(), key.data());
    sodium_memzero(read.key.data(), read.key.size());
    // A key file someone copied in with looser permissions is closed to others again.
    fs::permissions(file, kOwnerOnlyFile, fs::perm_options::replace, ec);
    return std::nullopt;
}

}  // namespace

KeyStore::KeyStore() = default;

KeyStore::KeyStore(fs::path folder) : folder_(std::move(folder)) {}

KeyStore::~KeyStore() = default;

std::unique_ptr<KeyStore> KeyStore::forDatabase(const fs::path& databaseFile) {
    if (databaseFile == store::kInMemory) return std::make_unique<KeyStore>();
    return std::make_unique<KeyStore>(databaseFile.parent_path() / kKeysFolderName);
}

std::optional<KeyProblem> KeyStore::prepareFolder() {
    std::error_code ec;
    fs::create_directories(*folder_, ec);
    if (!ec) fs::permissions(*folder_, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (ec)
        return KeyProblem{"key-folder-failed", "cannot create the keys folder " +
                                                   folder_->string() + ": " + ec.message()};
    return std::nullopt;
}

KeyAccess<SigningKeyPair> KeyStore::signingKeys() {
    std::lock_guard lock(mutex_);
    if (signing_) return {signing_.get(), std::nullopt};
    if (inMemory()) {
        signing_ = SigningKeyPair::generate();
        return {signing_.get(), std::nullopt};
    }
    if (auto problem = prepareFolder()) return {nullptr, problem};
    SecretBytes<kSigningSeedBytes> seed;
    ensureSodiumReady();
    if (auto problem =
            loadOrCreate(*folder_ / kSigningKeyFileName, kSigningSeedKind, seed,
                         [](unsigned char* bytes) { randombytes_buf(bytes, kSigningSeedBytes); }))
        return {nullptr, problem};
    signing_ = SigningKeyPair::fromSeed(seed.view());
    return {signing_.get(), std::nullopt};
}

KeyAccess<SealKey> KeyStore::sealKey() {
    std::lock_guard lock(mutex_);
    if (seal_) return {seal_.get(), std::nullopt};
    if (inMemory()) {
        seal_ = SealKey::generate();
        return {seal_.get(), std::nullopt};
    }
    if (auto problem = prepareFolder()) return {nullptr, problem};
    SecretBytes<kSealKeyBytes> bytes;
    ensureSodiumReady();
    if (auto problem = loadOrCreate(*folder_ / kSealKeyFileName, kSealKeyKind, bytes,
                                    [](unsigned char* key) { crypto_secretbox_keygen(key); }))
        return {nullptr, problem};
    seal_ = SealKey::fromBytes(bytes.view());
    return {seal_.get(), std::nullopt};
}

std::optional<KeyProblem> KeyStore::exportPublicKey(const fs::path& file) {
    const KeyAccess<SigningKeyPair> keys = signingKeys();
    if (!keys) return keys.problem;
    return writePublicKeyFile(file, keys.key->publicKey());
}

}  // namespace tqm::admin
