// The checks of a bank's content that do not depend on where it came from: the native reader, the
// importers and the GUI's editor all run them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"

namespace tqm::bank {

struct ValidationContext {
    std::string fileName;           // named in diagnostics
    std::filesystem::path baseDir;  // image paths are relative to it; empty: don't look on disk
};

// Appends one diagnostic per problem, positioned at the question's or category's SourcePos.
// Codes: duplicate-id, duplicate-category, unknown-category, single-choice-correct-count,
// multiple-choice-correct-count, too-few-options, blank-without-answer, blank-count-mismatch,
// difficulty-out-of-range, negative-points, image-missing, image-path-outside, empty-stem,
// ordering-too-few-items, matching-too-few-pairs, near-duplicate (warning).
void validateBank(const Bank& bank, const ValidationContext& context, std::vector<Diagnostic>& out);

}  // namespace tqm::bank
