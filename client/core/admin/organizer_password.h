// The organizer password that guards the question banks and the admin screens. It is set on
// first use, kept in the database only as an Argon2id hash string (libsodium's crypto_pwhash_str,
// which carries its own salt and cost parameters), and changed only by someone who knows the old
// one. A stored hash made with other costs is still checked with the costs it names, and is
// replaced by one at the current costs once the right password has been given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "store/database.h"

namespace tqm::admin {

// Shorter passwords are refused; counted in characters, so 8 Chinese characters are enough.
inline constexpr std::size_t kMinPasswordLength = 8;

// What hashing one password costs: libsodium's opslimit (passes) and memlimit (bytes).
struct PasswordCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
};

// libsodium's "interactive" level: about a tenth of a second and 64 MiB on a desk computer.
PasswordCost interactiveCost();

// Why a password was not accepted. `code` is stable for the GUI to translate and for tests:
// password-empty, password-too-short, password-mismatch, password-already-set,
// password-not-set, password-wrong, password-hash-failed. `message` is an English sentence.
struct PasswordRefusal {
    std::string code;
    std::string message;
};

// The rules for a new password and its confirmation (typed twice); nothing when both are met.
std::optional<PasswordRefusal> checkNewPassword(std::string_view password,
                                                std::string_view confirmation);

enum class PasswordAction { SetFirst, Verify, Change };

// One password action with what the database said before it: the input of decidePassword().
struct PasswordRequest {
    PasswordAction action = PasswordAction::Verify;
    std::string password;      // the password typed: the new one for SetFirst, else the current
    std::string newPassword;   // Change: the new password
    std::string confirmation;  // SetFirst and Change: the new password typed again
    std::optional<std::string> storedHash;
    PasswordCost cost;
};

// What to do after a request: refuse it, or accept it and maybe store a new hash.
struct PasswordDecision {
    std::optional<PasswordRefusal> refusal;
    std::optional<std::string> hashToStore;  // a new hash for the row (a new or renewed one)
};

// Every rule and all the hashing of a password action, without the database: the slow part
// (Argon2id is slow on purpose), which a program may run off its UI thread.
PasswordDecision decidePassword(const PasswordRequest& request);

class OrganizerPassword {
  public:
    // `cost` is what new hashes are made with; tests pass a cheaper one.
    explicit OrganizerPassword(store::Database& database, PasswordCost cost = interactiveCost());

    bool isSet();
    // The stored "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string, if a password is set.
    std::optional<std::string> storedHash();

    // Sets the first password; refused once one is set (change() is the way then).
    std::optional<PasswordRefusal> setFirst(std::string_view password,
                                            std::string_view confirmation);
    // Checks a password against the stored hash; on success a hash made with other costs than
    // this object's is replaced by a new one.
    std::optional<PasswordRefusal> verify(std::string_view password);
    // Replaces the password after checking the old one and the new one's rules.
    std::optional<PasswordRefusal> change(std::string_view oldPassword,
                                          std::string_view newPassword,
                                          std::string_view confirmation);

    // The two fast steps around decidePassword(), for callers that run it on another thread:
    // the request with the stored hash read now, and the decision's hash written.
    PasswordRequest request(PasswordAction action, std::string_view password,
                            std::string_view newPassword = {}, std::string_view confirmation = {});
    std::optional<PasswordRefusal> apply(const PasswordDecision& decision);

  private:
    std::optional<PasswordRefusal> run(PasswordAction action, std::string_view password,
                                       std::string_view newPassword, std::string_view confirmation);

    store::Database& database_;
    PasswordCost cost_;
};

}  // namespace tqm::admin
