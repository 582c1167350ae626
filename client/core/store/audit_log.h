// The audit log: who did what that must be answered for later (a full export of ID numbers, a
// revocation, an export of the signing key). Append-only: triggers refuse to change or delete a
// row, so the log is only ever read and added to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at = 0;  // Unix milliseconds, UTC, from the database's clock
    std::string action;   // a stable word: "export-id-numbers", "revoke-certificate", ...
    std::string subject;  // what it was done to: a certificate number, a file
    std::string detail;

    bool operator==(const AuditEntry&) const = default;
};

class AuditLog {
  public:
    explicit AuditLog(Database& database) : db_(database) {}

    // Its own transaction, or part of the caller's WriteScope (so an export and its entry are
    // written together). `action` must not be empty.
    AuditEntry append(std::string_view action, std::string_view subject = {},
                      std::string_view detail = {});

    // Newest first; at most `limit` entries when one is given.
    std::vector<AuditEntry> list(std::optional<std::size_t> limit = std::nullopt);

  private:
    Database& db_;
};

}  // namespace tqm::store
