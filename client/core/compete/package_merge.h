// Merging result packages into the organizer's database. A package is merged whole or not at
// all. It is refused, with the reason as a value naming the file, when it cannot be read
// (package-unreadable, package-malformed), is signed by a key not trusted here
// (package-unknown-key), was altered after signing (package-bad-signature), belongs to another
// competition (package-other-competition) or another paper (package-other-paper), or holds a
// person's attempt already merged from another package or twice in itself
// (package-duplicate-attempt). Merging a package that was merged before changes nothing and is
// reported as AlreadyMerged.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "session/exam_service.h"
#include "store/database.h"

namespace tqm::compete {

enum class MergeStatus : std::uint8_t { Merged, AlreadyMerged, Refused };

struct MergeOutcome {
    std::string file;
    MergeStatus status = MergeStatus::Refused;
    std::size_t attempts = 0;   // merged now, or merged before for AlreadyMerged
    std::string packageSha256;  // once the package could be read
    std::optional<session::Refusal> refusal;
};

// Merges the package text `text` read from `fileName` into competition `competitionId`.
MergeOutcome mergePackageText(store::Database& database, std::string_view competitionId,
                              std::string_view text, std::string_view fileName);

// Reads `file` and merges it; the file's name as given is used in messages.
MergeOutcome mergePackageFile(store::Database& database, std::string_view competitionId,
                              const std::filesystem::path& file);

}  // namespace tqm::compete
