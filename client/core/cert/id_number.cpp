#include "cert/id_number.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <vector>

#include "base/sha256.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

constexpr std::size_t kFirstGenerationLength = 15;
constexpr std::size_t kBirthStart = 6;  // positions 7 to 14, counted from 1
constexpr int kEarliestBirthYear = 1900;

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\u00a0' || c == U'\u3000';
}

bool isDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

char32_t halfWidth(char32_t c) {
    if (c >= U'\uff10' && c <= U'\uff19') return U'0' + (c - U'\uff10');
    if (c == U'x' || c == U'\uff38' || c == U'\uff58') return U'X';
    return c;
}

std::vector<char32_t> codePoints(std::string_view text) {
    std::vector<char32_t> points;
    for (std::size_t pos = 0; pos < text.size();) points.push_back(decodeUtf8(text, pos));
    return points;
}

std::string utf8Of(char32_t c) {
    std::string text;
    appendUtf8(text, c);
    return text;
}

IdNumberRefusal refusal(std::string code, std::string message) {
    return {std::move(code), std::move(message)};
}

}  // namespace

std::string normalizeIdNumber(std::string_view text) {
    std::vector<char32_t> points = codePoints(text);
    auto first = std::find_if_not(points.begin(), points.end(), isSpace);
    auto last =
        std::find_if_not(points.rbegin(), std::make_reverse_iterator(first), isSpace).base();
    std::string out;
    for (auto it = first; it != last; ++it) appendUtf8(out, halfWidth(*it));
    return out;
}

char idNumberCheckCharacter(std::string_view first17) {
    // ISO 7064 MOD 11-2: weight 2^(17-i) mod 11 for the digit at position i (from 0).
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                  3, 7, 9,  10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}

std::optional<IdNumberRefusal> checkIdNumber(std::string_view normalized,
                                             std::optional<Date> today) {
    const std::vector<char32_t> points = codePoints(normalized);
    if (points.empty()) return refusal("id-empty", "The ID number is empty.");
    if (points.size() == kFirstGenerationLength &&
        std::all_of(points.begin(), points.end(), isDigit))
        return refusal("id-first-generation",
                       "This is a 15-digit first-generation ID number, which is no longer valid; "
                       "type the 18-character number of the current ID card.");
    if (points.size() != kIdNumberLength)
        return refusal("id-wrong-length", "An ID number has 18 characters; this one has " +
                                              std::to_string(points.size()) + ".");
    for (std::size_t i = 0; i + 1 < kIdNumberLength; ++i)
        if (!isDigit(points[i]))
            return refusal("id-not-digit", "Character " + std::to_string(i + 1) +
                                               " of the ID number is \"" + utf8Of(points[i]) +
                                               "\"; the first 17 characters are digits.");
    const std::string_view birth = normalized.substr(kBirthStart, 8);
    const auto born =
        parseDate(std::string(birth.substr(0, 4)) + "-" + std::string(birth.substr(4, 2)) + "-" +
                  std::string(birth.substr(6, 2)));
    if (!born || std::chrono::year_month_day{*born}.year() < std::chrono::year{kEarliestBirthYear})
        return refusal("id-bad-birth-date",
                       "Characters 7 to 14 of the ID number are the birth "
                       "date; " +
                           std::string(birth) + " is not a valid date.");
    if (today && *born > *today)
        return refusal("id-birth-in-future", "The birth date in the ID number, " +
                                                 formatDate(*born) + ", is after today.");
    const char expected = idNumberCheckCharacter(normalized.substr(0, 17));
    if (points[17] != static_cast<char32_t>(expected))
        return refusal("id-bad-check-character",
                       "The last character of the ID number is \"" + utf8Of(points[17]) +
                           "\", but the first 17 digits give \"" + std::string(1, expected) +
                           "\"; a character was mistyped.");
    return std::nullopt;
}

std::string maskIdNumber(std::string_view normalized) {
    if (normalized.size() != kIdNumberLength) return std::string(normalized.size(), '*');
    return std::string(normalized.substr(0, 6)) + "********" + std::string(normalized.substr(14));
}

std::string sealIdNumber(std::string_view idNumber, const admin::SealKey& key) {
    ensureSodiumReady();
    std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + idNumber.size(),
                       '\0');
    auto* bytes = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(idNumber.data()), idNumber.size(),
                          bytes, key.bytes().data());
    return sealed;
}

OpenedIdNumber openIdNumber(std::string_view sealed, const admin::SealKey& key) {
    ensureSodiumReady();
    constexpr std::size_t kOverhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < kOverhead)
        return {{},
                refusal("sealed-too-short",
                        "The stored ID number is damaged: it has " + std::to_string(sealed.size()) +
                            " bytes, fewer than the " + std::to_string(kOverhead) +
                            " every sealed number has.")};
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.data());
    std::string opened(sealed.size() - kOverhead, '\0');
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(opened.data()), bytes + crypto_secretbox_NONCEBYTES,
            sealed.size() - crypto_secretbox_NONCEBYTES, bytes, key.bytes().data()) != 0)
        return {{},
                refusal("sealed-not-authentic",
                        "The stored ID number cannot be opened: it was altered, or sealed with "
                        "another workstation's key.")};
    return {std::move(opened), std::nullopt};
}

}  // namespace tqm::cert
