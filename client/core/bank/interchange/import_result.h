// What every importer returns: the bank it could build, every problem per question or row, and
// the files (images) it extracted, which the caller writes beside the output bank.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace tqm::bank {

struct ExtractedFile {
    std::string relativePath;  // e.g. "images/greeting-1-flag.png"; what Question::images holds
    std::string bytes;
};

struct ImportResult {
    Bank bank;
    std::vector<Diagnostic> diagnostics;  // rejected items are errors; lossy mappings warnings
    std::vector<ExtractedFile> files;
    std::size_t imported = 0;
    std::size_t rejected = 0;
};

// Writes `files` under `dir`, creating folders. Returns "" or a message naming the failing file.
std::string writeExtractedFiles(const std::vector<ExtractedFile>& files,
                                const std::filesystem::path& dir);

}  // namespace tqm::bank
