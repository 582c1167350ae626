#include <catch2/catch.hpp>

#include "exam/review_schedule.h"

using namespace tqm::exam;
using namespace std::chrono;

namespace {

const sys_days kDay0 = sys_days{year{2026} / November / 24};

// Reviews an entry on its due day with the same grade `count` times; returns the intervals.
std::vector<int> intervalsOf(int grade, int count, int leaveAfter = 99) {
    const ReviewSettings settings{leaveAfter, 4, 1};
    ReviewState state = enterBook(nullptr, kDay0);
    std::vector<int> intervals;
    for (int i = 0; i < count; ++i) {
        state = review(state, grade, state.due, settings);
        intervals.push_back(state.intervalDays);
    }
    return intervals;
}

}  // namespace

TEST_CASE("a question answered wrong enters the book due the next day") {
    const ReviewState state = enterBook(nullptr, kDay0);
    CHECK(state.repetitions == 0);
    CHECK(state.intervalDays == 1);
    CHECK(state.easeHundredths == 250);
    CHECK(state.due == sys_days{year{2026} / November / 25});
    CHECK(state.inBook);
    CHECK_FALSE(isDue(state, kDay0));
    CHECK(isDue(state, kDay0 + days{1}));
    CHECK(isDue(state, kDay0 + days{30}));
}

TEST_CASE("SM-2 intervals after correct reviews are 1 day, 6 days, then interval x ease") {
    // Grade 4 keeps the ease at 2.5: 6 x 2.5 = 15, 15 x 2.5 = 37.5 -> 38, 38 x 2.5 = 95.
    CHECK(intervalsOf(4, 5) == std::vector<int>{1, 6, 15, 38, 95});
    // Grade 5 raises the ease by 0.1 per review, and the interval uses the ease before the
    // review: 6 x 2.7 = 16.2 -> 17, 17 x 2.8 = 47.6 -> 48.
    CHECK(intervalsOf(5, 4) == std::vector<int>{1, 6, 17, 48});
    // Grade 3 lowers it by 0.14: 2.36, 2.22; 6 x 2.22 = 13.32 -> 14; 14 x 2.08 = 29.12 -> 30.
    CHECK(intervalsOf(3, 4) == std::vector<int>{1, 6, 14, 30});
}

TEST_CASE("the SM-2 ease changes by the published amount per grade and stops at 1.3") {
    const ReviewSettings settings;
    const ReviewState start = enterBook(nullptr, kDay0);
    // 0.1 - (5 - q) x (0.08 + (5 - q) x 0.02) for q = 5 .. 0.
    const int expected[] = {260, 250, 236, 218, 196, 170};
    for (int grade = 5; grade >= 0; --grade) {
        CHECK(review(start, grade, kDay0, settings).easeHundredths == expected[5 - grade]);
    }
    ReviewState state = start;
    std::vector<int> eases;
    for (int i = 0; i < 4; ++i) {
        state = reviewWrong(state, kDay0, settings);
        eases.push_back(state.easeHundredths);
    }
    CHECK(eases == std::vector<int>{196, 142, 130, 130});
}

TEST_CASE("a wrong review starts the intervals again at one day") {
    const ReviewSettings settings{5, 4, 1};
    ReviewState state = enterBook(nullptr, kDay0);
    state = reviewCorrect(state, kDay0 + days{1}, settings);  // 1 day
    state = reviewCorrect(state, kDay0 + days{2}, settings);  // 6 days
    state = reviewCorrect(state, kDay0 + days{8}, settings);  // 15 days
    CHECK(state.repetitions == 3);
    CHECK(state.due == kDay0 + days{23});
    state = reviewWrong(state, kDay0 + days{23}, settings);
    CHECK(state.repetitions == 0);
    CHECK(state.intervalDays == 1);
    CHECK(state.easeHundredths == 196);
    CHECK(state.due == kDay0 + days{24});
    // Then 1 day, 6 days, and 6 x 1.96 = 11.76 -> 12 days.
    state = reviewCorrect(state, kDay0 + days{24}, settings);
    state = reviewCorrect(state, kDay0 + days{25}, settings);
    state = reviewCorrect(state, kDay0 + days{31}, settings);
    CHECK(state.intervalDays == 12);
    CHECK(state.due == kDay0 + days{43});
}

TEST_CASE("a question leaves the book after the configured correct reviews in a row") {
    SECTION("three in a row by default") {
        const ReviewSettings settings;
        ReviewState state = enterBook(nullptr, kDay0);
        state = reviewCorrect(state, state.due, settings);
        state = reviewCorrect(state, state.due, settings);
        CHECK(state.inBook);
        state = reviewCorrect(state, state.due, settings);
        CHECK_FALSE(state.inBook);
        CHECK_FALSE(isDue(state, state.due));
    }
    SECTION("a wrong review in between restarts the count") {
        const ReviewSettings settings{2, 4, 1};
        ReviewState state = enterBook(nullptr, kDay0);
        state = reviewCorrect(state, state.due, settings);
        state = reviewWrong(state, state.due, settings);
        state = reviewCorrect(state, state.due, settings);
        CHECK(state.inBook);
        state = reviewCorrect(state, state.due, settings);
        CHECK_FALSE(state.inBook);
    }
}

TEST_CASE("a question answered wrong again restarts its entry but keeps its ease") {
    const ReviewSettings settings;
    ReviewState state = enterBook(nullptr, kDay0);
    state = reviewWrong(state, kDay0 + days{1}, settings);
    state = reviewCorrect(state, kDay0 + days{2}, settings);
    const ReviewState again = enterBook(&state, kDay0 + days{10});
    CHECK(again.repetitions == 0);
    CHECK(again.easeHundredths == 196);
    CHECK(again.due == kDay0 + days{11});
    CHECK(again.inBook);
}
