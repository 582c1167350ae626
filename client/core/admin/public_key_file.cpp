#include "admin/public_key_file.h"

#include <sodium.h>

#include <fstream>
#include <vector>

#include "base/file_io.h"
#include "base/sha256.h"
#include "base/utf8.h"

namespace tqm::admin {

namespace {

// A public key file is a few dozen bytes; anything much larger is not one.
constexpr std::size_t kMaxFileBytes = 4096;
constexpr std::size_t kShownChars = 40;

PublicKeyRead refused(std::string code, std::string_view source, std::size_t line,
                      const std::string& what) {
    return {std::nullopt, KeyProblem{std::move(code), std::string(source) + ", line " +
                                                          std::to_string(line) + ": " + what}};
}

std::vector<std::string_view> linesOf(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    while (!lines.empty() && lines.back().find_first_not_of(" \t") == std::string_view::npos)
        lines.pop_back();
    return lines;
}

std::string shown(std::string_view text) {
    if (text.size() <= kShownChars && isValidUtf8(text)) return std::string(text);
    std::string cut(text.substr(0, std::min(text.size(), kShownChars)));
    while (!cut.empty() && !isValidUtf8(cut)) cut.pop_back();
    return cut + "...";
}

std::string base64Of(const PublicKey& key) {
    std::string out(sodium_base64_encoded_len(key.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), key.data(), key.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

// The header names the format and its version; another version is told apart from another file.
std::optional<PublicKeyRead> checkHeader(std::string_view header, std::string_view source) {
    if (header == kPublicKeyHeader) return std::nullopt;
    constexpr std::string_view kFamily = "TQM-PUBLIC-KEY-";
    if (header.starts_with(kFamily))
        return refused("public-key-wrong-version", source, 1,
                       "this public key file is of version " +
                           shown(header.substr(kFamily.size())) +
                           "; this program reads version 1. Use a newer program.");
    return refused("public-key-not-a-key", source, 1,
                   "a public key file starts with " + std::string(kPublicKeyHeader) +
                       "; this one starts with \"" + shown(header) + "\".");
}

}  // namespace

std::string formatPublicKeyFile(const PublicKey& key) {
    return std::string(kPublicKeyHeader) + "\n" + base64Of(key) + "\nkey-id " +
           keyIdHex(keyIdOf(key)) + "\n";
}

PublicKeyRead parsePublicKeyFile(std::string_view text, std::string_view source) {
    ensureSodiumReady();
    const std::vector<std::string_view> lines = linesOf(withoutBom(text));
    if (lines.empty() || lines[0].empty())
        return refused("public-key-not-a-key", source, 1,
                       "the file is empty; a public key file starts with " +
                           std::string(kPublicKeyHeader) + ".");
    if (auto problem = checkHeader(lines[0], source)) return *problem;
    if (lines.size() < 2)
        return refused("public-key-missing-line", source, 2, "the key is missing.");
    PublicKey key{};
    std::size_t length = 0;
    const std::string_view encoded = lines[1];
    if (sodium_base642bin(key.data(), key.size(), encoded.data(), encoded.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        // Decoding into a larger buffer tells a key of the wrong size from text that is no key.
        std::vector<unsigned char> any(encoded.size());
        if (sodium_base642bin(any.data(), any.size(), encoded.data(), encoded.size(), nullptr,
                              &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
            return refused("public-key-not-base64", source, 2, "the key is not base64 text.");
    }
    if (length != key.size())
        return refused(
            "public-key-wrong-size", source, 2,
            "the key has " + std::to_string(length) + " bytes; an Ed25519 public key has 32.");
    if (lines.size() < 3)
        return refused("public-key-missing-line", source, 3, "the key-id line is missing.");
    const std::string expected = keyIdHex(keyIdOf(key));
    if (lines[2] != "key-id " + expected)
        return refused("public-key-id-mismatch", source, 3,
                       "\"" + shown(lines[2]) + "\" does not match the key, whose id is " +
                           expected + "; the file is damaged.");
    if (lines.size() > 3)
        return refused("public-key-extra-text", source, 4,
                       "unexpected text after the key id: \"" + shown(lines[3]) + "\".");
    return {key, std::nullopt};
}

PublicKeyRead readPublicKeyFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {std::nullopt, KeyProblem{"public-key-unreadable",
                                         "cannot read " + file.string() +
                                             ": the file does not exist or may not be read."}};
    std::string text(kMaxFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxFileBytes)
        return refused("public-key-not-a-key", file.string(), 1,
                       "the file is larger than 4096 bytes; a public key file has three short "
                       "lines.");
    return parsePublicKeyFile(text, file.string());
}

std::optional<KeyProblem> writePublicKeyFile(const std::filesystem::path& file,
                                             const PublicKey& key) {
    const std::string error = writeFileAtomically(file, formatPublicKeyFile(key));
    if (error.empty()) return std::nullopt;
    return KeyProblem{"public-key-write-failed", error};
}

}  // namespace tqm::admin
