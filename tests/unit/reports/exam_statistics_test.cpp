// Exam figures: mean, pass rate and score bands, exact to the hundredth and the per mille.
#include <catch2/catch.hpp>

#include "reports/exam_statistics.h"

using tqm::reports::ExamScore;
using tqm::reports::ScoreBand;

TEST_CASE("mean, pass rate and bands of the full marks, with 59.99 percent below 60") {
    const std::vector<ExamScore> scores{{1, "A", "甲", 9500, 10000, true},
                                        {2, "B", "乙", 5999, 10000, false},
                                        {3, "C", "丙", 6000, 10000, true},
                                        {4, "D", "丁", 10000, 10000, true}};
    const auto stats = tqm::reports::examStatistics(scores);
    CHECK(stats.entrants == 4);
    CHECK(stats.passed == 3);
    CHECK(stats.meanHundredths == 7875);  // (95 + 59.99 + 60 + 100) / 4 = 78.7475 → 78.75
    CHECK(stats.passRatePermille == 750);
    CHECK(stats.bands ==
          std::vector<ScoreBand>{{0, 60, 1}, {60, 70, 1}, {70, 80, 0}, {80, 90, 0}, {90, 100, 2}});
    CHECK(tqm::reports::formatPermille(stats.passRatePermille) == "75%");
    CHECK(tqm::reports::formatPermille(tqm::reports::permille(2, 3)) == "66.7%");
}

TEST_CASE("an exam nobody sat has zero entrants, mean and pass rate") {
    const auto stats = tqm::reports::examStatistics({});
    CHECK(stats.entrants == 0);
    CHECK(stats.meanHundredths == 0);
    CHECK(stats.passRatePermille == 0);
}
