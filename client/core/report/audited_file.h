// The audit entry of an export that must never exist unrecorded (full ID numbers): the file is
// written first and the entry after it; when the entry cannot be written the file is removed
// again, so no such file exists that the log does not show.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "store/audit_log.h"
#include "store/database.h"

namespace tqm::report {

struct AuditedFile {
    std::optional<store::AuditEntry> entry;  // written: the file stays
    std::string failure;  // the English message of "audit-failed" when the file was removed
};

// Appends the entry (subject: the file) for `file`, just written, or removes the file.
AuditedFile recordOrRemove(store::Database& database, const std::filesystem::path& file,
                           std::string_view action, std::string_view detail);

}  // namespace tqm::report
