// Chinese resident ID numbers (居民身份证号码, GB 11643-1999): 18 characters, the first 17 digits
// (6 of the address code, 8 of the birth date YYYYMMDD, 3 of a sequence) and a check character
// computed from them by ISO 7064 MOD 11-2 ('0' to '9' or 'X'). They are optional in a person's
// record, stored only sealed (crypto_secretbox with the workstation's key, admin/key_store.h)
// and shown masked unless an organizer asks for the full number.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "admin/key_material.h"
#include "base/calendar_date.h"

namespace tqm::cert {

inline constexpr std::size_t kIdNumberLength = 18;

// Trims spaces (also the ideographic space U+3000), turns full-width digits and Ｘ/ｘ into
// half-width ones and a lowercase x into X: what an ID number typed with a Chinese input method
// or pasted from a spreadsheet becomes before it is checked.
std::string normalizeIdNumber(std::string_view text);

// The check character of the first 17 digits (which must be digits): '0' to '9' or 'X'.
char idNumberCheckCharacter(std::string_view first17);

// Why an ID number is not accepted. `code` is stable for the GUI to translate and for tests:
// id-empty, id-first-generation, id-wrong-length, id-not-digit, id-bad-birth-date,
// id-birth-in-future, id-bad-check-character, sealed-too-short, sealed-not-authentic.
// `message` is an exact English sentence.
struct IdNumberRefusal {
    std::string code;
    std::string message;

    bool operator==(const IdNumberRefusal&) const = default;
};

// Checks a normalised number; with `today`, a birth date after it is refused too. Nothing when
// the number is well formed.
std::optional<IdNumberRefusal> checkIdNumber(std::string_view normalized,
                                             std::optional<Date> today = std::nullopt);

// "110101********1234": the first 6 and the last 4 characters of an 18-character number. Any
// other text (which checkIdNumber refuses) is masked whole, one '*' per byte.
std::string maskIdNumber(std::string_view normalized);

// A 24-byte random nonce followed by crypto_secretbox_easy's output (16-byte tag and the
// ciphertext): the bytes stored in person.id_number_sealed. A new nonce every time, so the same
// number sealed twice gives different bytes.
std::string sealIdNumber(std::string_view idNumber, const admin::SealKey& key);

struct OpenedIdNumber {
    std::string idNumber;
    std::optional<IdNumberRefusal> refusal;
};
// The number sealed in `sealed`, or a refusal when the bytes are too short to be a sealed
// number or do not authenticate under `key` (altered, or sealed with another key).
OpenedIdNumber openIdNumber(std::string_view sealed, const admin::SealKey& key);

}  // namespace tqm::cert
