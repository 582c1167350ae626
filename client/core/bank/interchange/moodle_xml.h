// Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): import and export.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/import_result.h"
#include "base/diagnostic.h"

namespace tqm::bank {

// Imports multichoice, truefalse, shortanswer, numerical, matching, essay and category
// pseudo-questions. Cloze and unknown types are rejected per question with the reason.
ImportResult importMoodleXml(std::string_view bytes, std::string fileName);

// Exports every representable question; images are embedded as base64 files read from
// `baseDir`. Problems (an image that cannot be read, a type Moodle lacks) are appended to `out`.
std::string exportMoodleXml(const Bank& bank, const std::filesystem::path& baseDir,
                            std::vector<Diagnostic>& out);

}  // namespace tqm::bank
