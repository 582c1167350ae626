// Checking verification codes (cert/verification_code.h) as someone holding printed certificates
// does: one code, or a text file of codes (one per line, blank lines ignored, as a scanner or a
// spreadsheet column gives them), against this workstation's public key and any public key files
// (admin/public_key_file.h) of the workstations that issued them. Each code's result names the
// line it came from.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "admin/key_store.h"
#include "cert/verification_code.h"

namespace tqm::cert {

struct VerificationKeys {
    std::vector<admin::PublicKey> keys;        // this workstation's first, then the files' in order
    std::optional<admin::KeyProblem> problem;  // the first key that could not be read
};

// This workstation's public key (its signing key is made on first use) and the keys of the files.
VerificationKeys verificationKeys(admin::KeyStore& store,
                                  std::span<const std::filesystem::path> publicKeyFiles);

struct CodeCheck {
    std::size_t line = 0;  // the line of the file; 0 for a code given directly
    std::string code;      // as written, trimmed
    VerifiedCode result;

    bool valid() const { return result.fields.has_value(); }
};

// Why no code was checked: code-file-unreadable, code-file-empty (no code in the file),
// not-a-code-or-file (the argument is neither a code nor an existing file).
struct VerificationProblem {
    std::string code;
    std::string message;

    bool operator==(const VerificationProblem&) const = default;
};

struct CodeVerification {
    std::string file;  // the file the codes came from; empty for a code given directly
    std::vector<CodeCheck> checks;
    std::optional<VerificationProblem> problem;

    // True when there was at least one code and every one verified.
    bool allValid() const;
};

// `codeOrFile` is a code when it starts with "TQMC" (after spaces), otherwise the name of a file.
CodeVerification verifyCodes(std::string_view codeOrFile, std::span<const admin::PublicKey> keys);

// The codes of a file's text, with their lines.
CodeVerification verifyCodeLines(std::string_view text, const std::string& file,
                                 std::span<const admin::PublicKey> keys);

}  // namespace tqm::cert
