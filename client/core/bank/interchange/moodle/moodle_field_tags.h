// Moodle XML has no field for a question's difficulty, source or key positions, so the export
// carries them as tags with a reserved prefix ("tqm-difficulty:4", "tqm-source:GB/T 19001-2016
// 7.1.5", "tqm-position:质量检验员") and the import maps those tags back to the fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"

namespace tqm::bank::moodle {

// The reserved tags for `q`'s difficulty (always), source (when it has one) and each position.
std::vector<std::string> fieldTags(const Question& q);

enum class FieldTag {
    Ordinary,  // not reserved: an ordinary tag
    Applied,   // reserved, and its value is now in the question
    Invalid,   // reserved, but its value cannot be used; `problem` says why
};

// Applies `tag` to `q` when it is a reserved tag; text is kept in `bank`.
FieldTag applyFieldTag(std::string_view tag, Question& q, Bank& bank, std::string& problem);

}  // namespace tqm::bank::moodle
