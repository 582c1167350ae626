// The result package: one JSON file that carries a workstation's finished attempts at a
// competition to the organizer, signed with the workstation's Ed25519 key.
//
//     {"package": {...the content...}, "signature": "<base64 of the 64-byte signature>"}
//
// The content holds "format" ("tqm-result-package-1"), "competition" {id, name, paperSha256},
// "workstation" {keyId, publicKey (base64)}, "exportedAt" (Unix ms UTC) and "attempts": per
// person 工号 ("employeeNo"), name, unit, paperSha256, scoreHundredths, maxHundredths,
// startedAt, submittedAt, timeUsedMs and "answers" [{seq, answer, answeredAt, revision}].
//
// The canonical byte form of the content is its JSON with object keys sorted, no whitespace,
// numbers as integers (nlohmann-json's dump of the parsed value), so the file may be
// re-indented without harm but no value can change. The signature is over the domain
// "TQM result package 1" and a 0x00 byte followed by the canonical form, so that it can never pass
// for a signature over a certificate code the same key signs; the package's identity (its hash)
// is the SHA-256 of the canonical form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "admin/key_material.h"
#include "compete/contest_result.h"
#include "session/exam_service.h"

namespace tqm::compete {

inline constexpr std::string_view kPackageFormat = "tqm-result-package-1";

struct ResultPackage {
    std::string competitionId;
    std::string competitionName;
    std::string paperSha256;
    admin::PublicKey publicKey{};
    std::int64_t exportedAt = 0;
    std::vector<ContestResult> attempts;
    bool operator==(const ResultPackage&) const = default;
};

// The bytes that are hashed and (after the domain) signed.
std::string canonicalContent(const ResultPackage& package);

// The bytes the signature covers: the domain, 0x00, the canonical content.
std::string signedBytes(std::string_view canonical);

// The file's text: the content and the signature, indented for a person who opens it.
std::string packageFileText(const ResultPackage& package, const admin::Signature& signature);

struct PackageRead {
    std::optional<ResultPackage> package;
    admin::Signature signature{};
    std::string canonical;                    // of the content exactly as the file holds it
    std::optional<session::Refusal> refusal;  // package-malformed, naming the file and the place
};

// Reads a package file's text; `fileName` is used in messages. The signature is not checked here.
PackageRead readPackageText(std::string_view text, std::string_view fileName);

}  // namespace tqm::compete
