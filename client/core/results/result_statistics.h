// Figures over the rows a results table shows: counts, the mean score and the pass rate, the
// score histogram and the mean share of points per category. Only scored rows (submitted and
// decided, see ResultRow::scored) count in the mean, the rate and the charts: an attempt in
// progress or an essay awaiting its mark has no final score yet.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "exam/points.h"
#include "results/result_table.h"

namespace tqm::results {

struct ResultSummary {
    std::size_t shown = 0;   // rows the filter kept
    std::size_t total = 0;   // rows of the exam
    std::size_t scored = 0;  // shown rows that are scored
    std::size_t passed = 0;
    std::optional<double> meanPoints;  // over the scored rows, in points
    std::optional<double> passRate;    // passed / scored, 0..1
    bool operator==(const ResultSummary&) const = default;
};

// `shown` are indexes into `rows`.
ResultSummary summarize(std::span<const ResultRow> rows, std::span<const std::size_t> shown);

inline constexpr std::size_t kHistogramBins = 10;

// Ten bins, each a tenth of the maximum (10 points of a 100-point exam): bin i holds the scores
// from i/10 of the maximum up to but not including (i+1)/10; the last bin also holds full marks.
// A row is placed by its share of its own maximum, so papers of different sizes still compare.
struct ScoreHistogram {
    exam::Centipoints max = 0;       // the largest maximum of the rows; 0 with no scored rows
    exam::Centipoints passMark = 0;  // the exam's
    std::vector<std::size_t> counts = std::vector<std::size_t>(kHistogramBins, 0);
    // The lower bound of bin i in points of `max` (bin kHistogramBins is `max` itself).
    double binStart(std::size_t i) const;
    std::size_t largest() const;
    bool operator==(const ScoreHistogram&) const = default;
};

ScoreHistogram scoreHistogram(std::span<const ResultRow> rows, std::span<const std::size_t> shown,
                              exam::Centipoints passMark);

// The mean over the people whose paper had the category of earned / max in that category.
struct CategoryShare {
    std::string category;
    double share = 0.0;  // 0..1
    std::size_t people = 0;
    bool operator==(const CategoryShare&) const = default;
};

// In order of first appearance.
std::vector<CategoryShare> categoryShares(std::span<const ResultRow> rows,
                                          std::span<const std::size_t> shown);

}  // namespace tqm::results
