#include "report/audited_file.h"

#include <exception>
#include <system_error>

namespace tqm::report {

AuditedFile recordOrRemove(store::Database& database, const std::filesystem::path& file,
                           std::string_view action, std::string_view detail) {
    try {
        return {store::AuditLog(database).append(action, file.string(), detail), {}};
    } catch (const std::exception& e) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        return {std::nullopt, "the audit log could not record the export (" +
                                  std::string(e.what()) + "), so " + file.string() +
                                  " was removed; no full ID numbers were exported"};
    }
}

}  // namespace tqm::report
