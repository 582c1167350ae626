// Writes a blueprint (组卷规则) back to its XML file format, as the blueprint editor saves it.
// What blueprint_reader.h reads from the text is what was written: reading the text gives the same
// blueprint (apart from source positions). Options at their defaults are still written, so the
// file says plainly how its papers are made.
#pragma once

#include <filesystem>
#include <string>

#include "exam/blueprint.h"

namespace tqm::exam {

// The blueprint as UTF-8 XML text in format 1.
std::string blueprintToXml(const Blueprint& blueprint);

// Writes the text atomically (base/file_io.h): the file is either the new text or untouched.
// Returns an empty string on success, otherwise a message naming the file and the reason.
std::string writeBlueprintFile(const std::filesystem::path& file, const Blueprint& blueprint);

}  // namespace tqm::exam
