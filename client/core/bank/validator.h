// The checks of a bank's content that do not depend on where it came from: the native reader, the
// importers and the GUI's editor all run them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "base/first_index_table.h"

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

// What the duplicate-id and near-duplicate checks hash of each question, in bank order. On a
// large bank, visiting every question's text again costs more than the hashing itself, so a
// reader computes them while each question's text is still in the processor's cache.
struct QuestionHashes {
    std::vector<std::uint64_t> id;
    std::vector<std::uint64_t> stemKey;
    std::vector<std::uint8_t> hasStemKey;

    void resize(std::size_t count);
    // Fills entry `index` from `q`; `scratch` is reused from one call to the next.
    void compute(std::size_t index, const Question& q, std::string& scratch);
};

// As above, and hands over the index of questions by id, which the checks build anyway, for
// Bank::reindex(FirstIndexTable): a reader then need not hash every id a second time.
// `precomputed`, when it holds an entry per question, saves hashing them here.
void validateBank(const Bank& bank, const ValidationContext& context, std::vector<Diagnostic>& out,
                  FirstIndexTable& questionIndex, const QuestionHashes* precomputed = nullptr);

}  // namespace tqm::bank
