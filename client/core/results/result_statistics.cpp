#include "results/result_statistics.h"

#include <algorithm>

namespace tqm::results {

ResultSummary summarize(std::span<const ResultRow> rows, std::span<const std::size_t> shown) {
    ResultSummary summary;
    summary.shown = shown.size();
    summary.total = rows.size();
    exam::Centipoints sum = 0;
    for (std::size_t index : shown) {
        const ResultRow& row = rows[index];
        if (!row.scored()) continue;
        ++summary.scored;
        sum += row.earned;
        if (row.verdict == exam::Verdict::Pass) ++summary.passed;
    }
    if (summary.scored > 0) {
        const auto n = static_cast<double>(summary.scored);
        summary.meanPoints = static_cast<double>(sum) / 100.0 / n;
        summary.passRate = static_cast<double>(summary.passed) / n;
    }
    return summary;
}

double ScoreHistogram::binStart(std::size_t i) const {
    return static_cast<double>(max) / 100.0 * static_cast<double>(i) /
           static_cast<double>(kHistogramBins);
}

std::size_t ScoreHistogram::largest() const {
    return *std::max_element(counts.begin(), counts.end());
}

ScoreHistogram scoreHistogram(std::span<const ResultRow> rows, std::span<const std::size_t> shown,
                              exam::Centipoints passMark) {
    ScoreHistogram histogram;
    histogram.passMark = passMark;
    for (std::size_t index : shown) {
        const ResultRow& row = rows[index];
        if (!row.scored() || row.max <= 0) continue;
        histogram.max = std::max(histogram.max, row.max);
        // Integer arithmetic, so 70 of 100 lands in the bin 70..80 and never in 60..70.
        const auto bin = static_cast<std::size_t>(std::clamp<exam::Centipoints>(
            row.earned * exam::Centipoints{kHistogramBins} / row.max, 0, kHistogramBins - 1));
        ++histogram.counts[bin];
    }
    return histogram;
}

std::vector<CategoryShare> categoryShares(std::span<const ResultRow> rows,
                                          std::span<const std::size_t> shown) {
    std::vector<CategoryShare> shares;
    for (std::size_t index : shown) {
        const ResultRow& row = rows[index];
        if (!row.scored()) continue;
        for (const exam::CategorySubtotal& subtotal : row.categories) {
            if (subtotal.max <= 0) continue;
            auto share = std::find_if(shares.begin(), shares.end(), [&](const CategoryShare& s) {
                return s.category == subtotal.category;
            });
            if (share == shares.end()) {
                shares.push_back({subtotal.category, 0.0, 0});
                share = std::prev(shares.end());
            }
            share->share +=
                static_cast<double>(subtotal.earned) / static_cast<double>(subtotal.max);
            ++share->people;
        }
    }
    for (CategoryShare& share : shares) share.share /= static_cast<double>(share.people);
    return shares;
}

}  // namespace tqm::results
