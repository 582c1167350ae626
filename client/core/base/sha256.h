// SHA-256 digests as lower-case hex, through libsodium. An attempt records the digest of the bank
// file's bytes, so a result can always be matched with the exact bank it was taken from.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tqm {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
void ensureSodiumReady();

// Lower-case hex SHA-256 of `bytes` (64 characters).
std::string sha256Hex(std::string_view bytes);

// The digest of a file's bytes, or why it could not be read.
struct FileDigest {
    std::string hex;    // 64 lower-case hex characters; empty when `error` is set
    std::string error;  // a sentence naming the file; empty on success
    bool ok() const { return error.empty(); }
};

// Reads the file in blocks, so a bank of any size is hashed in constant memory.
FileDigest sha256OfFile(const std::filesystem::path& file);

}  // namespace tqm
