// The verification code of a certificate: one compact string that carries the certificate's
// fields and the issuing workstation's Ed25519 signature over them, so that anyone holding the
// workstation's public key (admin/public_key_file.h) can check a printed or scanned certificate
// without the database. Small enough for a QR code on an A4 certificate (about 200 characters).
//
//     TQMC1.<base64url of the fields>.<base64url of the 64-byte signature>
//
// The fields are the canonical byte string that is signed: the 8-byte key id of the signing key
// (admin/key_material.h), then seven texts separated by the byte 0x1F (ASCII unit separator):
//
//     number, 工号, name, certificate type code, issued, valid from, valid until
//
// with dates written YYYYMMDD and "valid until" empty for a certificate that does not expire.
// Texts are UTF-8 without control characters, so the separator cannot occur inside one. What is
// signed is the fields preceded by the domain "TQM certificate code 1" and a 0x00 byte, so that a
// signature made for a certificate can never pass for one over any other kind of data the same
// key signs. base64url is without padding (RFC 4648, section 5).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "admin/key_material.h"
#include "base/calendar_date.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

inline constexpr std::string_view kVerificationCodePrefix = "TQMC1.";

// What a verification code vouches for.
struct CertificateFields {
    std::string number;
    std::string employeeNo;
    std::string personName;
    std::string typeCode;
    Date issuedOn{};
    Date validFrom{};
    std::optional<Date> validUntil;

    bool operator==(const CertificateFields&) const = default;
};

CertificateFields fieldsOf(const Certificate& certificate, const PersonSummary& person,
                           const CertificateType& type);

// Why a code was not made or not accepted. `code` is stable for the GUI to translate and for
// tests; `message` is an exact English sentence.
struct CodeRefusal {
    std::string code;
    std::string message;

    bool operator==(const CodeRefusal&) const = default;
};

// The bytes that travel in the code (and are signed), or a refusal code-field-invalid when a
// text is empty where it may not be (number, name, type code), is not UTF-8 or holds a control
// character, or a date is outside the years 0001 to 9999.
struct CanonicalFields {
    std::string bytes;
    std::optional<CodeRefusal> refusal;
};
CanonicalFields canonicalFields(const CertificateFields& fields, const admin::KeyId& keyId);

struct MadeCode {
    std::string code;
    std::optional<CodeRefusal> refusal;
};
MadeCode makeVerificationCode(const CertificateFields& fields, const admin::SigningKeyPair& keys);

// The fields of a code whose signature holds, or a refusal: code-malformed, code-wrong-version,
// code-unknown-key (signed with a key not among `keys`), code-bad-signature (altered, or signed
// by a key that merely claims a known key's id). Whitespace around the code is ignored.
struct VerifiedCode {
    std::optional<CertificateFields> fields;
    std::optional<admin::KeyId> keyId;  // the signing key's id, once the code could be read
    std::optional<CodeRefusal> refusal;
};
VerifiedCode verifyVerificationCode(std::string_view code, std::span<const admin::PublicKey> keys);
VerifiedCode verifyVerificationCode(std::string_view code, const admin::PublicKey& key);

}  // namespace tqm::cert
