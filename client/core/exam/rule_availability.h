// How many questions each draw rule of a blueprint can draw from in a bank, for the blueprint
// editor and for checking a blueprint before an exam is made from it. Unlike paper assembly, this
// does not depend on a seed: it counts every question a rule could ever get, and warns where a
// rule is short whatever the seed, or where two rules share questions so that what the later one
// finds depends on what the earlier one drew (exam/README.md, "Paper assembly").
#pragma once

#include <cstddef>
#include <vector>

#include "base/diagnostic.h"
#include "exam/assembly_index.h"
#include "exam/blueprint.h"

namespace tqm::exam {

// Another rule whose pool shares questions with this one.
struct RuleOverlap {
    std::size_t section = 0;  // indexes into the blueprint
    std::size_t rule = 0;
    std::size_t shared = 0;  // questions both rules accept
};

struct RuleAvailability {
    std::size_t matching = 0;   // questions of the section's type that pass every filter
    std::size_t fixed = 0;      // of those, the blueprint's fixed questions (never drawn)
    std::size_t available = 0;  // matching - fixed: what the rule can draw from on its own
    std::size_t needed = 0;     // the rule's count
    bool categoryKnown = true;
    std::vector<RuleOverlap> overlaps;  // earlier and later rules, in blueprint order

    bool shortOfQuestions() const { return available < needed; }
};

struct BlueprintAvailability {
    std::vector<std::vector<RuleAvailability>> rules;  // [section][rule]
    // Warnings in blueprint order: "rule-short" (fewer questions than its count), "rules-overlap"
    // (one per pair of rules that share questions, at the later rule).
    std::vector<Diagnostic> warnings;
};

BlueprintAvailability ruleAvailability(const Blueprint& blueprint, const AssemblyIndex& index);

}  // namespace tqm::exam
