#include "cert/code_verification.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "admin/public_key_file.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

// Codes start with their version tag; anything else given on the command line is a file name.
constexpr std::string_view kCodeTag = "TQMC";

std::optional<std::string> readWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

}  // namespace

VerificationKeys verificationKeys(admin::KeyStore& store,
                                  std::span<const std::filesystem::path> publicKeyFiles) {
    VerificationKeys result;
    const admin::KeyAccess<admin::SigningKeyPair> own = store.signingKeys();
    if (!own) {
        result.problem = own.problem;
        return result;
    }
    result.keys.push_back(own.key->publicKey());
    for (const std::filesystem::path& file : publicKeyFiles) {
        const admin::PublicKeyRead read = admin::readPublicKeyFile(file);
        if (!read.key) {
            result.problem = read.problem;
            return result;
        }
        result.keys.push_back(*read.key);
    }
    return result;
}

bool CodeVerification::allValid() const {
    return !problem && !checks.empty() &&
           std::all_of(checks.begin(), checks.end(),
                       [](const CodeCheck& check) { return check.valid(); });
}

CodeVerification verifyCodes(std::string_view codeOrFile, std::span<const admin::PublicKey> keys) {
    const std::string_view trimmed = trimSpaces(codeOrFile);
    if (trimmed.starts_with(kCodeTag)) {
        CodeVerification verification;
        verification.checks.push_back(
            {0, std::string(trimmed), verifyVerificationCode(trimmed, keys)});
        return verification;
    }
    const std::filesystem::path file{std::string(codeOrFile)};
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        CodeVerification verification;
        verification.problem = VerificationProblem{
            "not-a-code-or-file",
            std::string(codeOrFile) + " is neither a verification code (it would start with " +
                std::string(kVerificationCodePrefix) + ") nor an existing file of codes"};
        return verification;
    }
    const std::optional<std::string> text = readWholeFile(file);
    if (!text) {
        CodeVerification verification;
        verification.file = file.string();
        verification.problem = VerificationProblem{
            "code-file-unreadable", "cannot read " + file.string() + "; check its permissions"};
        return verification;
    }
    return verifyCodeLines(*text, file.string(), keys);
}

CodeVerification verifyCodeLines(std::string_view text, const std::string& file,
                                 std::span<const admin::PublicKey> keys) {
    CodeVerification verification;
    verification.file = file;
    std::string_view rest = withoutBom(text);
    for (std::size_t line = 1; !rest.empty() || line == 1; ++line) {
        const std::size_t end = rest.find('\n');
        const std::string_view content = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const std::string_view code = trimSpaces(content);  // also drops a CR of CRLF
        if (!code.empty())
            verification.checks.push_back(
                {line, std::string(code), verifyVerificationCode(code, keys)});
        if (rest.empty()) break;
    }
    if (verification.checks.empty())
        verification.problem = VerificationProblem{
            "code-file-empty", file + " holds no verification code; put one code on each line"};
    return verification;
}

}  // namespace tqm::cert
