// Handing out the workstation's public key (admin/public_key_file.h), so that certificates signed
// here can be verified elsewhere. Which key went where is answered for later: every export leaves
// an audit-log entry naming the file and the key id. As with the full register export, the file
// is written first and removed again when its entry cannot be written.
#pragma once

#include <filesystem>
#include <optional>

#include "admin/key_store.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace tqm::cert {

inline constexpr std::string_view kPublicKeyExportAction = "export-public-key";

struct PublicKeyExport {
    std::optional<store::AuditEntry> audit;    // the entry, when the file was written
    std::optional<admin::KeyProblem> problem;  // the key store's codes, or audit-failed
};

PublicKeyExport exportPublicKeyLogged(admin::KeyStore& keys, store::Database& database,
                                      const std::filesystem::path& file);

}  // namespace tqm::cert
