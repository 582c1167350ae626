// Shared by the tests of the certificate area's file readers: the demo plant's files in content/,
// the broken variants in tests/data/cert, and diagnostics written out in full.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/diagnostic.h"

namespace tqm::certtest {

inline std::string readWhole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// A broken variant from tests/data/cert.
inline std::string sampleFile(const std::string& name) {
    return readWhole(std::filesystem::path(TQM_TEST_DATA_DIR) / "cert" / name);
}

// One of the demo plant's files shipped in content/ (demo-cert-types.csv ...).
inline std::string demoFile(const std::string& name) {
    return readWhole(std::filesystem::path(TQM_SOURCE_DIR) / "content" / name);
}

inline Diagnostic error(const std::string& file, std::uint32_t line, std::uint32_t column,
                        std::string code, std::string message) {
    return {file, line, column, Severity::Error, std::move(code), std::move(message)};
}

}  // namespace tqm::certtest
