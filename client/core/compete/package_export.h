// Exporting a workstation's result package: every submitted attempt at the competition, signed
// with the workstation's key (admin/key_store.h), as package_format.h describes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "admin/key_store.h"
#include "compete/package_format.h"
#include "session/exam_service.h"
#include "store/database.h"

namespace tqm::compete {

struct PackageExport {
    std::string text;                         // the file's text
    std::size_t attempts = 0;                 // submitted attempts in the package
    std::size_t stillOpen = 0;                // attempts still running, left out
    std::optional<session::Refusal> refusal;  // no-such-competition, or a key problem
};

// The package of `competitionId` as this database holds it now.
PackageExport exportPackage(store::Database& database, admin::KeyStore& keys,
                            std::string_view competitionId);

// The package read back from this database's attempts, unsigned, for tests and checks.
ResultPackage collectPackage(store::Database& database, std::string_view competitionId);

// Writes the export atomically; the refusal (package-write-failed) names the file.
std::optional<session::Refusal> writePackageFile(const std::filesystem::path& file,
                                                 const PackageExport& exported);

}  // namespace tqm::compete
