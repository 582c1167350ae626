#include "admin/organizer_password.h"

#include <sodium.h>

#include <SQLiteCpp/Statement.h>

#include "base/clock.h"
#include "base/utf8.h"
#include "store/write_scope.h"

namespace tqm::admin {

namespace {

PasswordRefusal refusal(std::string code, std::string message) {
    return {std::move(code), std::move(message)};
}

std::size_t characterCount(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        decodeUtf8(text, pos);
        ++count;
    }
    return count;
}

bool sodiumReady() {
    // sodium_init() is safe to call again and from several threads; 1 means "already done".
    return sodium_init() >= 0;
}

}  // namespace

PasswordCost interactiveCost() {
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

std::optional<PasswordRefusal> checkNewPassword(std::string_view password,
                                                std::string_view confirmation) {
    if (password.empty())
        return refusal("password-empty", "Type a password; an empty password protects nothing.");
    if (characterCount(password) < kMinPasswordLength)
        return refusal("password-too-short", "The password must have at least " +
                                                 std::to_string(kMinPasswordLength) +
                                                 " characters.");
    if (password != confirmation)
        return refusal("password-mismatch",
                       "The two passwords differ; type the same password in both boxes.");
    return std::nullopt;
}

OrganizerPassword::OrganizerPassword(store::Database& database, PasswordCost cost)
    : database_(database), cost_(cost) {}

bool OrganizerPassword::isSet() {
    return storedHash().has_value();
}

std::optional<std::string> OrganizerPassword::storedHash() {
    SQLite::Statement query(database_.sql(), "SELECT hash FROM organizer_password WHERE id = 1");
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

std::optional<PasswordRefusal> OrganizerPassword::setFirst(std::string_view password,
                                                           std::string_view confirmation) {
    if (isSet())
        return refusal("password-already-set",
                       "The organizer password is set already; change it with the old one.");
    if (auto refused = checkNewPassword(password, confirmation)) return refused;
    return store(password, true);
}

std::optional<PasswordRefusal> OrganizerPassword::verify(std::string_view password) {
    const std::optional<std::string> hash = storedHash();
    if (!hash)
        return refusal("password-not-set", "No organizer password is set yet; set one first.");
    if (!sodiumReady())
        return refusal("password-hash-failed", "The password check could not be started.");
    // The stored string names its own algorithm, costs and salt; the check uses those.
    if (crypto_pwhash_str_verify(hash->c_str(), password.data(), password.size()) != 0)
        return refusal("password-wrong", "The password is wrong.");
    if (crypto_pwhash_str_needs_rehash(hash->c_str(), cost_.opsLimit, cost_.memLimit) != 0)
        return store(password, false);
    return std::nullopt;
}

std::optional<PasswordRefusal> OrganizerPassword::change(std::string_view oldPassword,
                                                         std::string_view newPassword,
                                                         std::string_view confirmation) {
    if (auto refused = verify(oldPassword)) return refused;
    if (auto refused = checkNewPassword(newPassword, confirmation)) return refused;
    return store(newPassword, false);
}

std::optional<PasswordRefusal> OrganizerPassword::store(std::string_view password, bool first) {
    char hash[crypto_pwhash_STRBYTES];
    if (!sodiumReady() ||
        crypto_pwhash_str_alg(hash, password.data(), password.size(), cost_.opsLimit,
                              cost_.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return refusal("password-hash-failed",
                       "The password could not be hashed (not enough memory); close other "
                       "programs and try again.");
    const std::int64_t now = unixMillis(database_.clock().now());
    store::WriteScope scope(database_.sql(), "organizer_password");
    if (first) {
        SQLite::Statement insert(database_.sql(),
                                 "INSERT INTO organizer_password (id, hash, set_at, changed_at) "
                                 "VALUES (1, ?, ?, ?)");
        insert.bind(1, hash);
        insert.bind(2, now);
        insert.bind(3, now);
        insert.exec();
    } else {
        SQLite::Statement update(database_.sql(),
                                 "UPDATE organizer_password SET hash = ?, changed_at = ? "
                                 "WHERE id = 1");
        update.bind(1, hash);
        update.bind(2, now);
        update.exec();
    }
    scope.commit();
    sodium_memzero(hash, sizeof hash);
    return std::nullopt;
}

}  // namespace tqm::admin
