// Shared by the tests of the certificate area's file readers: the sample files of tests/data/cert
// and diagnostics written out in full.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/diagnostic.h"

namespace tqm::certtest {

inline std::string sampleFile(const std::string& name) {
    std::ifstream in(std::filesystem::path(TQM_TEST_DATA_DIR) / "cert" / name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline Diagnostic error(const std::string& file, std::uint32_t line, std::uint32_t column,
                        std::string code, std::string message) {
    return {file, line, column, Severity::Error, std::move(code), std::move(message)};
}

}  // namespace tqm::certtest
