// The figures a class file (一期一档) and the enterprise summary give for an exam: how many sat
// it, the mean score, the pass rate and the score distribution in bands of the full marks.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tqm::reports {

struct ExamScore {
    std::int64_t personId = 0;
    std::string employeeNo;
    std::string name;
    std::int64_t earned = 0;     // hundredths of a point
    std::int64_t maxPoints = 0;  // hundredths of a point
    bool passed = false;

    bool operator==(const ExamScore&) const = default;
};

// Scores whose percentage of the full marks is in [fromPercent, toPercent) (the last band
// includes 100).
struct ScoreBand {
    int fromPercent = 0;
    int toPercent = 0;
    int count = 0;

    bool operator==(const ScoreBand&) const = default;
};

struct ExamStatistics {
    int entrants = 0;
    int passed = 0;
    std::int64_t meanHundredths = 0;  // mean score, rounded half up to the hundredth of a point
    int passRatePermille = 0;         // passed ÷ entrants in ‰, rounded half up
    // 0–60, 60–70, 70–80, 80–90, 90–100 %: the bands Chinese exam reports use.
    std::vector<ScoreBand> bands;

    bool operator==(const ExamStatistics&) const = default;
};

ExamStatistics examStatistics(const std::vector<ExamScore>& scores);

// n ÷ d in ‰ rounded half up; 0 when d is 0.
int permille(std::int64_t n, std::int64_t d);
// "87.5%" from 875‰.
std::string formatPermille(int permille);

}  // namespace tqm::reports
