// A person's ID number (身份证号) as the database keeps it: sealed (libsodium secretbox: the
// 24-byte nonce followed by the ciphertext, made and opened in cert/) and a masked form
// ("110101********1234") for lists and exports. The full number never reaches the database in
// the clear; this repository never sees it either.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "store/store_refusal.h"

namespace tqm::store {

class IdNumberRepository {
  public:
    explicit IdNumberRepository(Database& database) : db_(database) {}

    // Stores both forms; empty `sealed` removes the number (both forms). Refused for an unknown
    // person, a masked form without a sealed one, and sealed bytes too short to hold a nonce, a
    // MAC and a character.
    MaybeRefusal setIdNumber(std::int64_t personId, std::span<const unsigned char> sealed,
                             std::string_view masked);

    // Nothing when the person has no ID number (or does not exist).
    std::optional<std::vector<unsigned char>> sealedIdNumber(std::int64_t personId);

    // "" when the person has no ID number (or does not exist).
    std::string maskedIdNumber(std::int64_t personId);

  private:
    Database& db_;
};

}  // namespace tqm::store
