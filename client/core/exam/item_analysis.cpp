#include "exam/item_analysis.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tqm::exam {

namespace {

// Each person's weight in the upper (or lower) group, ties at the boundary shared evenly.
std::vector<double> groupWeights(std::span<const PersonResult> people, std::size_t groupSize,
                                 bool upper) {
    std::vector<Centipoints> totals;
    for (const PersonResult& p : people) totals.push_back(p.total);
    std::sort(totals.begin(), totals.end());
    if (upper) std::reverse(totals.begin(), totals.end());
    const Centipoints boundary = totals[groupSize - 1];
    const auto beyond = [&](Centipoints t) { return upper ? t > boundary : t < boundary; };
    const auto clearlyIn =
        static_cast<std::size_t>(std::count_if(totals.begin(), totals.end(), beyond));
    const auto tied = static_cast<std::size_t>(std::count(totals.begin(), totals.end(), boundary));
    const double tiedWeight =
        static_cast<double>(groupSize - clearlyIn) / static_cast<double>(tied);
    std::vector<double> weights;
    for (const PersonResult& p : people) {
        weights.push_back(beyond(p.total) ? 1.0 : p.total == boundary ? tiedWeight : 0.0);
    }
    return weights;
}

double shareRight(std::span<const PersonResult> people, const std::vector<double>& weights,
                  std::size_t item, std::size_t groupSize) {
    double right = 0.0;
    for (std::size_t k = 0; k < people.size(); ++k) {
        if (people[k].items[item].correct) right += weights[k];
    }
    return right / static_cast<double>(groupSize);
}

// r_pb = (M1 - M0) / s x sqrt(p x q), with s the population standard deviation of the totals.
std::optional<double> pointBiserial(std::span<const PersonResult> people, std::size_t item) {
    const auto n = static_cast<double>(people.size());
    double sum = 0.0, sumRight = 0.0, right = 0.0;
    for (const PersonResult& p : people) {
        const auto total = static_cast<double>(p.total);
        sum += total;
        if (p.items[item].correct) {
            sumRight += total;
            right += 1.0;
        }
    }
    const double mean = sum / n;
    double squares = 0.0;
    for (const PersonResult& p : people) {
        const double d = static_cast<double>(p.total) - mean;
        squares += d * d;
    }
    const double sd = std::sqrt(squares / n);
    if (right == 0.0 || right == n || sd == 0.0) return std::nullopt;
    const double p = right / n;
    const double meanRight = sumRight / right;
    const double meanWrong = (sum - sumRight) / (n - right);
    return (meanRight - meanWrong) / sd * std::sqrt(p * (1.0 - p));
}

}  // namespace

std::vector<ItemStatistics> analyzeItems(std::span<const std::size_t> optionCounts,
                                         std::span<const PersonResult> people) {
    for (const PersonResult& p : people) {
        if (p.items.size() != optionCounts.size()) {
            throw std::invalid_argument("every person needs one response per question");
        }
    }
    const std::size_t n = people.size();
    const std::size_t groupSize = std::max<std::size_t>(1, (27 * n + 50) / 100);
    std::vector<double> upper, lower;
    if (n >= 2) {
        upper = groupWeights(people, groupSize, true);
        lower = groupWeights(people, groupSize, false);
    }

    std::vector<ItemStatistics> items(optionCounts.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        ItemStatistics& s = items[i];
        s.optionChosen.assign(optionCounts[i], 0);
        std::size_t right = 0;
        for (const PersonResult& p : people) {
            right += p.items[i].correct ? 1 : 0;
            for (std::size_t option : p.items[i].chosenOptions) {
                if (option < s.optionChosen.size()) ++s.optionChosen[option];
            }
        }
        if (n == 0) continue;
        s.facility = static_cast<double>(right) / static_cast<double>(n);
        if (n >= 2) {
            s.discrimination =
                shareRight(people, upper, i, groupSize) - shareRight(people, lower, i, groupSize);
            s.pointBiserial = pointBiserial(people, i);
        }
        s.flags.tooHard = s.facility < 0.1;
        s.flags.tooEasy = s.facility > 0.95;
        s.flags.negativeDiscrimination = s.discrimination && *s.discrimination < 0.0;
    }
    return items;
}

}  // namespace tqm::exam
