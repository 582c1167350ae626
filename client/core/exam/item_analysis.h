// Item analysis of one exam: which questions work and which look wrong.
//
// Per question: facility (the share of people who got it right), discrimination (the share right
// in the upper group minus the share right in the lower group, Kelley's 27 % groups by total
// score), the point-biserial correlation between getting it right and the total score, and how
// often each shown option was chosen.
//
// Groups: each holds g = round(0.27 x n) people (at least 1; no discrimination below 2 people).
// When people with the same total straddle a group's boundary, each of them counts in the group
// with the same fractional weight (places left / people tied), so the result never depends on the
// order the results were listed in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "exam/points.h"

namespace tqm::exam {

struct ItemResponse {
    bool correct = false;
    std::vector<std::size_t> chosenOptions;  // shown option indexes; empty if none or not a choice
};

struct PersonResult {
    Centipoints total = 0;
    std::vector<ItemResponse> items;  // one per question, in paper order
};

struct ItemFlags {
    bool tooHard = false;                 // facility below 0.1
    bool tooEasy = false;                 // facility above 0.95
    bool negativeDiscrimination = false;  // the lower group did better than the upper
    bool operator==(const ItemFlags&) const = default;
};

struct ItemStatistics {
    double facility = 0.0;
    std::optional<double> discrimination;   // none with fewer than 2 people
    std::optional<double> pointBiserial;    // none when everyone scored alike on it or overall
    std::vector<std::size_t> optionChosen;  // per shown option: how many people chose it
    ItemFlags flags;
};

// `optionCounts[i]` is how many options question i shows (0 for questions without options);
// every person has one response per question (otherwise std::invalid_argument: a bug). Returns
// one entry per question; with no people every figure is empty and nothing is flagged.
std::vector<ItemStatistics> analyzeItems(std::span<const std::size_t> optionCounts,
                                         std::span<const PersonResult> people);

}  // namespace tqm::exam
