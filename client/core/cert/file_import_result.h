// What an import of one of the certificate area's files did to the database: the rows added,
// updated, found unchanged and rejected, and every problem of reading, resolving and writing them,
// against the file's lines and columns.
#pragma once

#include <cstddef>
#include <string>

#include "cert/cert_csv.h"
#include "cert/certificate_model.h"

namespace tqm::cert {

struct FileImportCounts {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t rejected = 0;  // rows with at least one error, none of them written

    bool operator==(const FileImportCounts&) const = default;
};

struct FileImportResult {
    ImportReport report;  // report.rejected equals counts.rejected
    FileImportCounts counts;

    // True when at least one row was written or already matched the file.
    bool anyImported() const { return counts.added + counts.updated + counts.unchanged > 0; }
};

// "added 4, updated 0, unchanged 1, rejected 2"
std::string importCountsSummary(const FileImportCounts& counts);

// Adds a warning about one cell of one row (the row is still imported), worded like
// addRowError()'s errors.
void addRowWarning(ImportReport& report, SourceRow where, std::size_t field, std::string code,
                   const std::string& message, ImportProblemDetail detail = {});

}  // namespace tqm::cert
