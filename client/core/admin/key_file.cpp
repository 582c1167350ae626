#include "admin/key_file.h"

#include <sodium.h>

#include <algorithm>

#include "base/sha256.h"

namespace tqm::admin {

namespace {

constexpr std::size_t kCheckHexChars = 8;

std::string checkOf(std::string_view kind, std::string_view keyHex) {
    std::string text(kind);
    text += ' ';
    text += keyHex;
    return sha256Hex(text).substr(0, kCheckHexChars);
}

// Why a refused key file is never replaced: what the old key protects would be lost for good.
constexpr std::string_view kRestoreAdvice =
    " Restore the keys folder from a backup. The file is not replaced by a new key, because "
    "everything the old key sealed or signed would then be unreadable or unverifiable.";

KeyProblem damaged(const std::filesystem::path& file, std::string_view why) {
    return {"key-damaged",
            file.string() + " is damaged: " + std::string(why) + "." + std::string(kRestoreAdvice)};
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() &&
               (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n'))
            ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\r' &&
               text[pos] != '\n')
            ++pos;
        if (pos > start) out.push_back(text.substr(start, pos - start));
    }
    return out;
}

bool isLowerHex(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

unsigned char hexValue(char c) {
    return static_cast<unsigned char>(c <= '9' ? c - '0' : c - 'a' + 10);
}

}  // namespace

std::string formatKeyFile(std::string_view kind, std::span<const unsigned char> key) {
    std::string keyHex = toHex(key);
    std::string line(kind);
    line += ' ';
    line += keyHex;
    line += ' ';
    line += checkOf(kind, keyHex);
    line += '\n';
    sodium_memzero(keyHex.data(), keyHex.size());
    return line;
}

KeyFileRead parseKeyFile(std::string_view text, std::string_view kind, std::size_t keySize,
                         const std::filesystem::path& file) {
    const std::vector<std::string_view> parts = words(text);
    if (parts.empty()) return {{}, damaged(file, "it is empty")};
    if (parts[0] != kind) {
        if (parts[0].starts_with("tqm-"))
            return {{},
                    KeyProblem{"key-wrong-kind",
                               file.string() + " holds a " + std::string(parts[0]) +
                                   " key, not the " + std::string(kind) +
                                   " key that belongs here; put the right file back."}};
        return {{}, damaged(file, "it is not a TQM key file")};
    }
    if (parts.size() != 3) return {{}, damaged(file, "it does not have a key and a check value")};
    const std::string_view keyHex = parts[1];
    if (keyHex.size() % 2 != 0 || !isLowerHex(keyHex))
        return {{}, damaged(file, "the key is not hexadecimal")};
    if (keyHex.size() / 2 != keySize)
        return {{},
                KeyProblem{"key-wrong-size",
                           file.string() + " holds a key of " + std::to_string(keyHex.size() / 2) +
                               " bytes; a " + std::string(kind) + " key has " +
                               std::to_string(keySize) + " bytes." + std::string(kRestoreAdvice)}};
    if (parts[2] != checkOf(kind, keyHex))
        return {{}, damaged(file, "its check value does not match the key")};
    KeyFileRead read;
    read.key.resize(keySize);
    for (std::size_t i = 0; i < keySize; ++i)
        read.key[i] =
            static_cast<unsigned char>(hexValue(keyHex[2 * i]) << 4 | hexValue(keyHex[2 * i + 1]));
    return read;
}

}  // namespace tqm::admin
