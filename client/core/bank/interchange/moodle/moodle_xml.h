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

// Imports multichoice (and the all-or-nothing multichoiceset), truefalse, shortanswer, numerical,
// matching, essay, ordering and category pseudo-questions. A cloze question becomes a fill-in with
// several blanks when its embedded answers are all short answers or numbers (as exported below);
// other cloze questions, descriptions and unknown types are rejected per question with the reason.
// Embedded images become files "images/<question id>/<name>". The result is validated; questions
// with errors are left out of the bank and counted as rejected.
ImportResult importMoodleXml(std::string_view bytes, std::string fileName);

// Exports every representable question; images are embedded as base64 files read from
// `baseDir`. Problems (an image that cannot be read, a question Moodle cannot represent) are
// appended to `out` at the question's position; image problems name the image file, the others
// leave `file` empty for the caller, who knows the bank's file name, to fill in.
std::string exportMoodleXml(const Bank& bank, const std::filesystem::path& baseDir,
                            std::vector<Diagnostic>& out);

}  // namespace tqm::bank
