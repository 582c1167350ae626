// The text form of a secret key file in the workstation's keys folder: one line
//
//     <kind> <key as lower-case hex> <check>
//
// where <kind> names what the key is for ("tqm-signing-seed-1", "tqm-seal-key-1") and <check> is
// the first 4 bytes (8 hex characters) of the SHA-256 of "<kind> <key hex>". Raw key bytes alone
// would let a flipped bit pass unnoticed (every 32 bytes are a valid key); the kind and the check
// make a damaged, truncated or swapped file a refusal instead of a silently different key.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "admin/key_material.h"

namespace tqm::admin {

inline constexpr std::string_view kSigningSeedKind = "tqm-signing-seed-1";
inline constexpr std::string_view kSealKeyKind = "tqm-seal-key-1";

// The file's single line, with its final line break.
std::string formatKeyFile(std::string_view kind, std::span<const unsigned char> key);

// The key bytes read back, or a problem naming `file`: key-damaged (not a key file, not hex,
// the check does not match), key-wrong-kind (a key file of another kind), key-wrong-size.
struct KeyFileRead {
    std::vector<unsigned char> key;  // wiped by the caller once copied into SecretBytes
    std::optional<KeyProblem> problem;
};
KeyFileRead parseKeyFile(std::string_view text, std::string_view kind, std::size_t keySize,
                         const std::filesystem::path& file);

}  // namespace tqm::admin
