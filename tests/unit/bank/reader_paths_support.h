// Reading the same bytes with both of the native reader's paths, and reading them to keep, and
// holding them to the same result: the same bank, field by field with positions, and the same
// diagnostics.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "bank/native_reader_paths.h"
#include "bank_equality.h"

namespace tqm::bank::testing {

inline void checkSameResult(const ReadResult& actual, const ReadResult& expected) {
    checkSameBank(actual.bank, expected.bank, true);
    REQUIRE(actual.diagnostics.size() == expected.diagnostics.size());
    for (std::size_t i = 0; i < actual.diagnostics.size(); ++i) {
        const Diagnostic& a = actual.diagnostics[i];
        const Diagnostic& e = expected.diagnostics[i];
        INFO("diagnostic " << i << ": " << formatDiagnostic(e));
        CHECK(a == e);
    }
}

// Writes `bytes` to a file and reads it to keep (readBankFileToKeep) and as the client read it
// before (readBankFile, then Bank::compactText): the same bank, field by field with positions,
// and the same diagnostics. The kept bank holds no more text than the compacted one but for the
// few names the second reading thread copies again.
inline void checkKeptRead(std::string_view bytes) {
    // Each test process writes a file of its own: CTest runs tests side by side.
    static const std::filesystem::path folder =
        std::filesystem::temp_directory_path() /
        ("tqm-unit-read-to-keep-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / "bank.xml";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    ReadResult compacted = readBankFile(file);
    compacted.bank.compactText();
    ReadResult kept = readBankFileToKeep(file);
    INFO("readBankFileToKeep() against readBankFile() and compactText()");
    checkSameResult(kept, compacted);
    CHECK(kept.bank.textStore().bytesKept() <= compacted.bank.textStore().bytesKept() + 4096);
}

// Reads `bytes` both ways and checks that whatever the streaming path read matches the document
// path, and that readBankBytes() (which tries the streaming path first) matches it too. Returns
// whether the streaming path read the bytes rather than refusing them.
inline bool checkBothPaths(std::string_view bytes, const std::string& fileName,
                           const std::filesystem::path& baseDir = {},
                           const ReadOptions& options = {}) {
    using reader::ReaderPath;
    const std::optional<ReadResult> document =
        reader::readBankBytesBy(ReaderPath::Document, bytes, fileName, baseDir, options);
    const std::optional<ReadResult> streamed =
        reader::readBankBytesBy(ReaderPath::Streaming, bytes, fileName, baseDir, options);
    REQUIRE(document.has_value());
    {
        INFO("readBankBytes() against the document path");
        checkSameResult(readBankBytes(bytes, fileName, baseDir, options), *document);
    }
    checkKeptRead(bytes);
    if (!streamed) return false;
    INFO("the streaming path against the document path");
    checkSameResult(*streamed, *document);
    return true;
}

}  // namespace tqm::bank::testing
