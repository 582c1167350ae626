// Reading the same bytes with both of the native reader's paths and holding them to the same
// result: the same bank, field by field with positions, and the same diagnostics.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
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
    if (!streamed) return false;
    INFO("the streaming path against the document path");
    checkSameResult(*streamed, *document);
    return true;
}

}  // namespace tqm::bank::testing
