// Importing a question bank file of any supported format as a new native bank: which format a
// file is in, reading and converting it, and writing the result with the files it brings
// (images) beside it. The GUI's 导入题库 and scripts use the same three steps.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "bank/interchange/import_result.h"

namespace tqm::bank {

enum class ImportFormat { Native, MoodleXml, Gift, Csv };

// "native", "moodle", "gift", "csv": the names `tqm bank import --from` uses.
std::string_view importFormatName(ImportFormat format);

// The format of `file` from its extension (.csv, .gift, .txt) and, for .xml, from its root
// element (<quiz> is Moodle XML, anything else the native format); nothing when unknown.
std::optional<ImportFormat> detectImportFormat(const std::filesystem::path& file,
                                               std::string_view bytes);

// Reads and converts `file`. A file that cannot be read or whose format is unknown gives an
// error diagnostic naming it and nothing imported. A native bank with errors is not imported
// (its problems are listed); its images are carried along in `files`.
ImportResult importBankFile(const std::filesystem::path& file);
// The same, reading `file` as `format` whatever its name says.
ImportResult importBankFile(const std::filesystem::path& file, ImportFormat format);

// Writes the imported bank to `output` (atomically, creating folders) and the extracted files
// beside it. Returns "" or a message naming the file and the reason.
std::string saveImportedBank(const ImportResult& imported, const std::filesystem::path& output);

}  // namespace tqm::bank
