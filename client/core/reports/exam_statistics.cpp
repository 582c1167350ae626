#include "reports/exam_statistics.h"

namespace tqm::reports {

int permille(std::int64_t n, std::int64_t d) {
    if (d <= 0) return 0;
    return static_cast<int>((n * 2000 + d) / (2 * d));
}

std::string formatPermille(int value) {
    std::string text = std::to_string(value / 10);
    if (value % 10 != 0) text += "." + std::to_string(value % 10);
    return text + "%";
}

ExamStatistics examStatistics(const std::vector<ExamScore>& scores) {
    ExamStatistics stats;
    stats.bands = {{0, 60, 0}, {60, 70, 0}, {70, 80, 0}, {80, 90, 0}, {90, 100, 0}};
    std::int64_t sum = 0;
    for (const ExamScore& score : scores) {
        ++stats.entrants;
        if (score.passed) ++stats.passed;
        sum += score.earned;
        // Compare in whole numbers: earned × 100 against band × max, so 59.995 % stays below 60.
        std::size_t band = 0;
        while (band + 1 < stats.bands.size() &&
               score.earned * 100 >= stats.bands[band + 1].fromPercent * score.maxPoints)
            ++band;
        ++stats.bands[band].count;
    }
    if (stats.entrants > 0)
        stats.meanHundredths = (sum * 2 + stats.entrants) / (2 * stats.entrants);
    stats.passRatePermille = permille(stats.passed, stats.entrants);
    return stats;
}

}  // namespace tqm::reports
