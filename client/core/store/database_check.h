// The look at an existing file that comes before opening it for writing: read-only, so that a
// file we refuse is never changed. Used by database.cpp only.
#pragma once

#include <filesystem>
#include <optional>

#include "store/database.h"

namespace tqm::store {

struct ExistingFile {
    int version = 0;         // PRAGMA user_version; 0 for a new or empty file
    bool hasSchema = false;  // any table, index or view: the file holds data worth a backup
};

// Fills `found` and returns nothing when the file may be opened for writing (including when it
// does not exist yet); otherwise says why not.
std::optional<OpenError> checkExistingFile(const std::filesystem::path& file, int latestVersion,
                                           ExistingFile& found);

// "FILE: " followed by `what`; every open error starts so.
OpenError openError(const std::filesystem::path& file, std::string code, const std::string& what);

}  // namespace tqm::store
