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

namespace {

std::optional<std::string> hashPassword(std::string_view password, PasswordCost cost) {
    char hash[crypto_pwhash_STRBYTES];
    if (!sodiumReady() ||
        crypto_pwhash_str_alg(hash, password.data(), password.size(), cost.opsLimit, cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    std::string text(hash);
    sodium_memzero(hash, sizeof hash);
    return text;
}

PasswordDecision hashed(std::string_view password, PasswordCost cost) {
    PasswordDecision decision;
    decision.hashToStore = hashPassword(password, cost);
    if (!decision.hashToStore)
        decision.refusal = refusal("password-hash-failed",
                                   "The password could not be hashed (not enough memory); close "
                                   "other programs and try again.");
    return decision;
}

// The stored string names its own algorithm, costs and salt; the check uses those.
std::optional<PasswordRefusal> checkCurrent(const PasswordRequest& request) {
    if (!request.storedHash)
        return refusal("password-not-set", "No organizer password is set yet; set one first.");
    if (!sodiumReady())
        return refusal("password-hash-failed", "The password check could not be started.");
    if (crypto_pwhash_str_verify(request.storedHash->c_str(), request.password.data(),
                                 request.password.size()) != 0)
        return refusal("password-wrong", "The password is wrong.");
    return std::nullopt;
}

}  // namespace

PasswordDecision decidePassword(const PasswordRequest& request) {
    switch (request.action) {
        case PasswordAction::SetFirst:
            if (request.storedHash)
                return {refusal("password-already-set",
                                "The organizer password is set already; change it with the old "
                                "one."),
                        std::nullopt};
            if (auto refused = checkNewPassword(request.password, request.confirmation))
                return {refused, std::nullopt};
            return hashed(request.password, request.cost);
        case PasswordAction::Verify:
            if (auto refused = checkCurrent(request)) return {refused, std::nullopt};
            // A hash made with other costs (an older program's) is renewed now that the
            // password is known.
            if (crypto_pwhash_str_needs_rehash(request.storedHash->c_str(), request.cost.opsLimit,
                                               request.cost.memLimit) != 0)
                return hashed(request.password, request.cost);
            return {};
        case PasswordAction::Change:
            if (auto refused = checkCurrent(request)) return {refused, std::nullopt};
            if (auto refused = checkNewPassword(request.newPassword, request.confirmation))
                return {refused, std::nullopt};
            return hashed(request.newPassword, request.cost);
    }
    return {};
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
    return run(PasswordAction::SetFirst, password, {}, confirmation);
}

std::optional<PasswordRefusal> OrganizerPassword::verify(std::string_view password) {
    return run(PasswordAction::Verify, password, {}, {});
}

std::optional<PasswordRefusal> OrganizerPassword::change(std::string_view oldPassword,
                                                         std::string_view newPassword,
                                                         std::string_view confirmation) {
    return run(PasswordAction::Change, oldPassword, newPassword, confirmation);
}

std::optional<PasswordRefusal> OrganizerPassword::run(PasswordAction action,
                                                      std::string_view password,
                                                      std::string_view newPassword,
                                                      std::string_view confirmation) {
    return apply(decidePassword(request(action, password, newPassword, confirmation)));
}

PasswordRequest OrganizerPassword::request(PasswordAction action, std::string_view password,
                                           std::string_view newPassword,
                                           std::string_view confirmation) {
    return {action,
            std::string(password),
            std::string(newPassword),
            std::string(confirmation),
            storedHash(),
            cost_};
}

std::optional<PasswordRefusal> OrganizerPassword::apply(const PasswordDecision& decision) {
    if (decision.refusal) return decision.refusal;
    if (!decision.hashToStore) return std::nullopt;
    const std::int64_t now = unixMillis(database_.clock().now());
    store::WriteScope scope(database_.sql(), "organizer_password");
    // One row: the first password inserts it, every later hash replaces the hash in it.
    SQLite::Statement write(database_.sql(),
                            "INSERT INTO organizer_password (id, hash, set_at, changed_at) "
                            "VALUES (1, ?1, ?2, ?2) "
                            "ON CONFLICT (id) DO UPDATE SET hash = ?1, changed_at = ?2");
    write.bind(1, *decision.hashToStore);
    write.bind(2, now);
    write.exec();
    scope.commit();
    return std::nullopt;
}

}  // namespace tqm::admin
