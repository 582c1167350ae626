#include "cert/verification_code.h"

#include <sodium.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "base/sha256.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

constexpr char kSeparator = '\x1f';
constexpr std::size_t kFieldCount = 7;
// Keeps a signature over certificate fields from ever passing for a signature over anything else
// the workstation key signs (result packages, later).
constexpr std::string_view kSigningDomain{"TQM certificate code 1\0", 23};

CodeRefusal malformed() {
    return {"code-malformed",
            "This is not a TQM certificate verification code; check that it was copied or "
            "scanned whole."};
}

CodeRefusal fieldInvalid(std::string_view what) {
    return {"code-field-invalid", "A verification code cannot be made: " + std::string(what) + "."};
}

bool hasControlCharacter(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7f;
    });
}

std::optional<CodeRefusal> checkText(std::string_view text, std::string_view name,
                                     bool mayBeEmpty) {
    if (text.empty() && !mayBeEmpty) return fieldInvalid("the " + std::string(name) + " is empty");
    if (!isValidUtf8(text) || hasControlCharacter(text))
        return fieldInvalid("the " + std::string(name) +
                            " holds a control character or is not UTF-8 text");
    return std::nullopt;
}

std::optional<std::string> compactDate(Date date) {
    const std::chrono::year_month_day day{date};
    const int year = static_cast<int>(day.year());
    if (year < 1 || year > 9999) return std::nullopt;
    std::string text = formatDate(date);  // YYYY-MM-DD
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
    return text;
}

std::optional<Date> dateFromCompact(std::string_view text) {
    if (text.size() != 8 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const std::string dashed = std::string(text.substr(0, 4)) + "-" +
                               std::string(text.substr(4, 2)) + "-" +
                               std::string(text.substr(6, 2));
    return parseDate(dashed);
}

std::string toBase64Url(std::string_view bytes) {
    std::string out(
        sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

// Strict: only the URL-safe alphabet, no padding, no stray bits, so that one set of bytes has
// exactly one spelling and no character of a code can change without the bytes changing.
std::optional<std::string> fromBase64Url(std::string_view text) {
    std::string bytes(text.size(), '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                          text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    bytes.resize(length);
    return bytes;
}

std::string signedMessage(std::string_view fieldBytes) {
    std::string message(kSigningDomain);
    message += fieldBytes;
    return message;
}

std::vector<std::string_view> splitFields(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(kSeparator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::optional<CertificateFields> readFields(std::string_view texts) {
    const std::vector<std::string_view> parts = splitFields(texts);
    if (parts.size() != kFieldCount) return std::nullopt;
    CertificateFields fields{std::string(parts[0]),
                             std::string(parts[1]),
                             std::string(parts[2]),
                             std::string(parts[3]),
                             Date{},
                             Date{},
                             std::nullopt};
    const auto issued = dateFromCompact(parts[4]);
    const auto from = dateFromCompact(parts[5]);
    if (!issued || !from) return std::nullopt;
    fields.issuedOn = *issued;
    fields.validFrom = *from;
    if (!parts[6].empty()) {
        fields.validUntil = dateFromCompact(parts[6]);
        if (!fields.validUntil) return std::nullopt;
    }
    return fields;
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// "TQMC<version>." at the start: nothing when it is version 1, else the refusal.
std::optional<CodeRefusal> checkVersion(std::string_view code) {
    constexpr std::string_view kFamily = "TQMC";
    if (!code.starts_with(kFamily)) return malformed();
    const std::size_t dot = code.find('.');
    const std::string_view version = code.substr(kFamily.size(), dot - kFamily.size());
    if (dot == std::string_view::npos || version.empty() || version.size() > 6 ||
        !std::all_of(version.begin(), version.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return malformed();
    if (version == "1") return std::nullopt;
    return CodeRefusal{"code-wrong-version",
                       "This verification code is of version " + std::string(version) +
                           "; this program reads version 1 codes. Use a newer program to "
                           "verify it."};
}

}  // namespace

CertificateFields fieldsOf(const Certificate& certificate, const PersonSummary& person,
                           const CertificateType& type) {
    return {certificate.number,   person.employeeNo,     person.name,           type.code,
            certificate.issuedOn, certificate.validFrom, certificate.validUntil};
}

CanonicalFields canonicalFields(const CertificateFields& fields, const admin::KeyId& keyId) {
    for (const auto& [text, name, mayBeEmpty] :
         {std::tuple<std::string_view, std::string_view, bool>{fields.number, "number", false},
          {fields.employeeNo, "employee number", true},
          {fields.personName, "name", false},
          {fields.typeCode, "certificate type code", false}})
        if (auto refusal = checkText(text, name, mayBeEmpty)) return {{}, refusal};
    const auto issued = compactDate(fields.issuedOn);
    const auto from = compactDate(fields.validFrom);
    const auto until = fields.validUntil ? compactDate(*fields.validUntil) : std::string();
    if (!issued || !from || !until)
        return {{}, fieldInvalid("a date is outside the years 1 to 9999")};
    std::string bytes(keyId.begin(), keyId.end());
    for (std::string_view text :
         {std::string_view(fields.number), std::string_view(fields.employeeNo),
          std::string_view(fields.personName), std::string_view(fields.typeCode),
          std::string_view(*issued), std::string_view(*from)}) {
        bytes += text;
        bytes += kSeparator;
    }
    bytes += *until;
    return {std::move(bytes), std::nullopt};
}

MadeCode makeVerificationCode(const CertificateFields& fields, const admin::SigningKeyPair& keys) {
    CanonicalFields canonical = canonicalFields(fields, admin::keyIdOf(keys.publicKey()));
    if (canonical.refusal) return {{}, canonical.refusal};
    const admin::Signature signature = keys.sign(signedMessage(canonical.bytes));
    std::string code(kVerificationCodePrefix);
    code += toBase64Url(canonical.bytes);
    code += '.';
    code += toBase64Url(
        std::string_view(reinterpret_cast<const char*>(signature.data()), signature.size()));
    return {std::move(code), std::nullopt};
}

VerifiedCode verifyVerificationCode(std::string_view code, std::span<const admin::PublicKey> keys) {
    ensureSodiumReady();
    code = trimmed(code);
    if (auto refusal = checkVersion(code)) return {std::nullopt, std::nullopt, refusal};
    const std::string_view body = code.substr(kVerificationCodePrefix.size());
    const std::size_t dot = body.find('.');
    if (dot == std::string_view::npos) return {std::nullopt, std::nullopt, malformed()};
    const auto fieldBytes = fromBase64Url(body.substr(0, dot));
    const auto signatureBytes = fromBase64Url(body.substr(dot + 1));
    if (!fieldBytes || !signatureBytes || fieldBytes->size() < admin::kKeyIdBytes ||
        signatureBytes->size() != admin::kSignatureBytes)
        return {std::nullopt, std::nullopt, malformed()};

    admin::KeyId keyId{};
    std::copy_n(fieldBytes->begin(), keyId.size(), keyId.begin());
    const auto key = std::find_if(keys.begin(), keys.end(), [&](const admin::PublicKey& candidate) {
        return admin::keyIdOf(candidate) == keyId;
    });
    if (key == keys.end())
        return {std::nullopt, keyId,
                CodeRefusal{"code-unknown-key",
                            "This certificate was signed by an unknown key (key id " +
                                admin::keyIdHex(keyId) +
                                "); import the public key of the workstation that issued it."}};

    admin::Signature signature{};
    std::copy(signatureBytes->begin(), signatureBytes->end(), signature.begin());
    // Nothing of the fields is read before the signature holds: unauthenticated bytes are
    // never interpreted.
    if (!admin::signatureMatches(signedMessage(*fieldBytes), signature, *key))
        return {std::nullopt, keyId,
                CodeRefusal{"code-bad-signature",
                            "The signature does not match the certificate's details: the code "
                            "was altered or signed by another key. Do not trust this "
                            "certificate."}};
    auto fields = readFields(std::string_view(*fieldBytes).substr(admin::kKeyIdBytes));
    if (!fields) return {std::nullopt, keyId, malformed()};
    return {std::move(fields), keyId, std::nullopt};
}

VerifiedCode verifyVerificationCode(std::string_view code, const admin::PublicKey& key) {
    return verifyVerificationCode(code, std::span<const admin::PublicKey>(&key, 1));
}

}  // namespace tqm::cert
