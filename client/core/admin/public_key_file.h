// The workstation's public key as a small text file that anyone may hold, so that certificates
// (and later result packages) signed here can be verified elsewhere without the database:
//
//     TQM-PUBLIC-KEY-1
//     <the 32-byte Ed25519 public key, standard base64 with padding: 44 characters>
//     key-id <the key id, 16 hex characters>
//
// The key id line repeats what can be computed from the key; it lets a person compare keys by
// eye and catches a mistyped key. Line breaks may be LF or CRLF; a UTF-8 byte order mark and
// blank lines at the end are accepted.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "admin/key_material.h"

namespace tqm::admin {

inline constexpr std::string_view kPublicKeyHeader = "TQM-PUBLIC-KEY-1";

std::string formatPublicKeyFile(const PublicKey& key);

// The key, or a problem whose message names `source` and the line: public-key-unreadable,
// public-key-not-a-key, public-key-wrong-version, public-key-missing-line,
// public-key-not-base64, public-key-wrong-size, public-key-id-mismatch, public-key-extra-text.
struct PublicKeyRead {
    std::optional<PublicKey> key;
    std::optional<KeyProblem> problem;
};
PublicKeyRead parsePublicKeyFile(std::string_view text, std::string_view source);
PublicKeyRead readPublicKeyFile(const std::filesystem::path& file);

// Writes the file atomically (readable by everyone: the key is public). Nothing on success.
std::optional<KeyProblem> writePublicKeyFile(const std::filesystem::path& file,
                                             const PublicKey& key);

}  // namespace tqm::admin
