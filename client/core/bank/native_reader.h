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

// Reads a bank file to keep for long (the client's library): the same result as readBankFile()
// followed by Bank::compactText(), but read in less memory. The file is mapped and its pages
// handed back as it is read, and each question's text is copied into the bank's own store as
// soon as the question is read, so the file is never held whole beside the bank: for a
// 100,000-question bank (78 MB) the read peaks about 80 MB lower. A file with problems the
// reader reports is read as readBankFile() reads it, then compacted.
ReadResult readBankFileToKeep(const std::filesystem::path& file, const ReadOptions& options = {});

// Reads a bank from bytes. `fileName` is what diagnostics name; `baseDir` is the folder image
// paths are relative to (empty: image files are not looked for).
ReadResult readBankBytes(std::string_view bytes, std::string fileName,
                         const std::filesystem::path& baseDir, const ReadOptions& options = {});

}  // namespace tqm::bank
