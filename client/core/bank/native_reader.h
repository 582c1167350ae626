// Reads the native question bank format (question-bank/README.md, schema/tqm-bank.xsd).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace tqm::bank {

struct ReadResult {
    Bank bank;                            // whatever could be read, even when there are errors
    std::vector<Diagnostic> diagnostics;  // every problem, in file order
    bool ok() const { return !hasErrors(diagnostics); }
};

struct ReadOptions {
    bool validate = true;         // run validateBank() after parsing
    bool checkImageFiles = true;  // look for image files on disk (needs a base directory)
};

// Reads a bank file. Image paths are checked relative to the file's folder.
ReadResult readBankFile(const std::filesystem::path& file, const ReadOptions& options = {});

// Reads a bank from bytes. `fileName` is what diagnostics name; `baseDir` is the folder image
// paths are relative to (empty: image files are not looked for).
ReadResult readBankBytes(std::string_view bytes, std::string fileName,
                         const std::filesystem::path& baseDir, const ReadOptions& options = {});

}  // namespace tqm::bank
