// Writes the native format canonically: fixed element and attribute order, two-space
// indentation, UTF-8, LF line ends, so that files diff well and read -> write -> read is exact.
#pragma once

#include <filesystem>
#include <string>

#include "bank/bank.h"

namespace tqm::bank {

std::string writeBankXml(const Bank& bank);

// Writes atomically (temporary file, then rename). Returns an empty string on success, otherwise
// a message naming the file and the reason.
std::string writeBankFile(const Bank& bank, const std::filesystem::path& file);

}  // namespace tqm::bank
