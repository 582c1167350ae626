// Paper assembly (组卷): a blueprint and a bank make one paper of frozen questions. The same
// blueprint, bank and seed make the same paper on every machine (seeded_random.h), which is how
// a past paper is rebuilt and audited from its recorded seed.
//
// How a paper is made:
// 1. Every section's fixed questions are placed first; no rule can draw them again.
// 2. The rules run in blueprint order, section by section, each drawing from the questions that
//    earlier rules and the fixed questions left. A rule that cannot get its count rejects the
//    whole paper; every such rule is reported, and a failing rule takes nothing, so the rules
//    after it are judged on their own.
// 3. With avoidRecentAttempts K > 0, questions the person saw in the last K attempts are avoided
//    as a preference: a rule draws from the others first and, when they are too few, reuses the
//    questions seen longest ago, with a warning.
// 4. Without shuffling, a section shows its fixed questions, then each rule's questions in bank
//    order; shuffleQuestions shuffles each section as a whole.
// 5. Choice options are shuffled when shuffleOptions is set. Ordering items and matching answers
//    are always shuffled, and never left in their authored order, since that order is the key.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "exam/assembly_index.h"
#include "exam/blueprint.h"
#include "exam/paper_question.h"
#include "exam/seeded_random.h"

namespace tqm::exam {

struct AssemblyRequest {
    std::uint64_t seed = 0;  // see paperSeed()
    // Questions the person saw recently: question id -> how many attempts ago (1 = the last).
    // Only those within the blueprint's avoidRecentAttempts count.
    std::map<std::string, std::uint32_t, std::less<>> recentlySeen;
    // The folder of the bank file: the questions' images are frozen with their paths resolved
    // against it and their digests (paper_image.h). Empty: relative paths, no digests.
    std::filesystem::path bankFolder;
};

struct AssembledPaper {
    std::vector<PaperQuestion> questions;  // in paper order; empty when there are errors
    std::vector<std::size_t> sectionOf;    // for each question, its index in blueprint.sections
    std::uint64_t seed = 0;                // the seed the paper was made from
    std::vector<Diagnostic> diagnostics;   // errors reject the paper; warnings do not

    bool ok() const { return !hasErrors(diagnostics); }
    Centipoints totalPoints() const;
};

// The seed of a paper: the exam's seed for PaperMode::SamePaper, seedForPerson(examSeed,
// employeeNo) for PaperMode::PerPerson.
std::uint64_t paperSeed(const BlueprintOptions& options, std::uint64_t examSeed,
                        std::string_view employeeNo);

// Problems that make the blueprint unusable with this bank whatever the seed: another bank's
// id ("wrong-bank"), a rule's unknown category ("unknown-category"), a fixed question the bank
// does not have ("unknown-question") or of another type than its section ("fixed-type-mismatch").
std::vector<Diagnostic> checkBlueprintAgainstBank(const Blueprint& blueprint,
                                                  const AssemblyIndex& index);

// Checks the blueprint against the bank, then assembles. The index is reused across papers.
AssembledPaper assemblePaper(const Blueprint& blueprint, const AssemblyIndex& index,
                             const AssemblyRequest& request);

}  // namespace tqm::exam
