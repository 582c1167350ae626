#include "cert/file_import_result.h"

namespace tqm::cert {

std::string importCountsSummary(const FileImportCounts& counts) {
    return "added " + std::to_string(counts.added) + ", updated " + std::to_string(counts.updated) +
           ", unchanged " + std::to_string(counts.unchanged) + ", rejected " +
           std::to_string(counts.rejected);
}

void addRowWarning(ImportReport& report, SourceRow where, std::size_t field, std::string code,
                   const std::string& message, ImportProblemDetail detail) {
    addRowError(report, where, field, std::move(code), message, std::move(detail));
    report.diagnostics.back().severity = Severity::Warning;
}

}  // namespace tqm::cert
