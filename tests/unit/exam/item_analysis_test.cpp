#include <catch2/catch.hpp>

#include "exam/item_analysis.h"

using namespace tqm::exam;
using Catch::Detail::Approx;

namespace {

ItemResponse right(std::vector<std::size_t> chosen = {}) {
    return {true, std::move(chosen)};
}
ItemResponse wrong(std::vector<std::size_t> chosen = {}) {
    return {false, std::move(chosen)};
}

}  // namespace

TEST_CASE("item statistics of ten people with distinct totals") {
    // Totals 90, 80, ..., 0 points. g = round(0.27 x 10) = 3: the upper group is the first three
    // people, the lower group the last three. Mean 45; population variance of 0, 10, ..., 90 is
    // 100 x (10^2 - 1) / 12 = 825, standard deviation 28.7228.
    //
    // Q1 (4 options, A right): the six best right. Facility 6/10 = 0.6. Upper 3/3, lower 0/3:
    //   D = 1. Point-biserial: M1 = (90+80+70+60+50+40)/6 = 65, M0 = (30+20+10+0)/4 = 15,
    //   r = (65 - 15) / 28.7228 x sqrt(0.6 x 0.4) = 0.852803. Chosen: A six times, B twice
    //   (people 7, 8), C once (person 9), D never, person 10 left it blank.
    // Q2: only the three weakest right. Facility 0.3, D = 0 - 1 = -1 (flagged).
    //   M1 = (20+10+0)/3 = 10, M0 = (90+...+30)/7 = 60, r = -50 / 28.7228 x sqrt(0.21) = -0.797724.
    // Q3: everyone right: facility 1 (too easy), D = 0, no point-biserial.
    // Q4 (no options): nobody right: facility 0 (too hard), D = 0, no point-biserial.
    std::vector<PersonResult> people;
    for (int k = 0; k < 10; ++k) {
        PersonResult p;
        p.total = (9 - k) * 1000;
        const std::vector<std::size_t> q1 = k < 6   ? std::vector<std::size_t>{0}
                                            : k < 8 ? std::vector<std::size_t>{1}
                                            : k < 9 ? std::vector<std::size_t>{2}
                                                    : std::vector<std::size_t>{};
        p.items = {k < 6 ? right(q1) : wrong(q1), k >= 7 ? right({1}) : wrong({0}), right({2}),
                   wrong()};
        people.push_back(p);
    }
    const std::vector<std::size_t> optionCounts = {4, 3, 3, 0};
    const std::vector<ItemStatistics> stats = analyzeItems(optionCounts, people);
    REQUIRE(stats.size() == 4);

    CHECK(stats[0].facility == Approx(0.6));
    CHECK(*stats[0].discrimination == Approx(1.0));
    CHECK(*stats[0].pointBiserial == Approx(0.852803).epsilon(1e-6));
    CHECK(stats[0].optionChosen == std::vector<std::size_t>{6, 2, 1, 0});
    CHECK(stats[0].flags == ItemFlags{false, false, false});

    CHECK(stats[1].facility == Approx(0.3));
    CHECK(*stats[1].discrimination == Approx(-1.0));
    CHECK(*stats[1].pointBiserial == Approx(-0.797724).epsilon(1e-6));
    CHECK(stats[1].optionChosen == std::vector<std::size_t>{7, 3, 0});
    CHECK(stats[1].flags == ItemFlags{false, false, true});

    CHECK(stats[2].facility == 1.0);
    CHECK(*stats[2].discrimination == Approx(0.0));
    CHECK_FALSE(stats[2].pointBiserial.has_value());
    CHECK(stats[2].optionChosen == std::vector<std::size_t>{0, 0, 10});
    CHECK(stats[2].flags == ItemFlags{false, true, false});

    CHECK(stats[3].facility == 0.0);
    CHECK_FALSE(stats[3].pointBiserial.has_value());
    CHECK(stats[3].optionChosen.empty());
    CHECK(stats[3].flags == ItemFlags{true, false, false});
}

TEST_CASE("people tied at a group boundary share its places evenly, whatever their order") {
    // Totals 70, 70, 40, 10: g = round(0.27 x 4) = round(1.08) = 1. The two people on 70 tie for
    // the one upper place: each counts with weight 1/2. Only the first of them is right:
    // upper = 0.5 x 1 + 0.5 x 0 = 0.5, lower (the person on 10) = 0, D = 0.5.
    const std::vector<std::size_t> optionCounts = {2};
    std::vector<PersonResult> people = {
        {7000, {right({0})}}, {7000, {wrong({1})}}, {4000, {right({0})}}, {1000, {wrong({1})}}};
    CHECK(*analyzeItems(optionCounts, people)[0].discrimination == Approx(0.5));
    std::swap(people[0], people[1]);
    CHECK(*analyzeItems(optionCounts, people)[0].discrimination == Approx(0.5));

    // Totals 70, 40, 10, 10, 10: g = round(1.35) = 1. Three people tie for the one lower place,
    // 1/3 each; one of them is right: lower = 1/3. The upper person is right: D = 1 - 1/3.
    const std::vector<PersonResult> lowerTie = {{7000, {right()}},
                                                {4000, {wrong()}},
                                                {1000, {wrong()}},
                                                {1000, {right()}},
                                                {1000, {wrong()}}};
    CHECK(*analyzeItems(optionCounts, lowerTie)[0].discrimination == Approx(2.0 / 3.0));
}

TEST_CASE("one person gives a facility but no discrimination") {
    const std::vector<std::size_t> optionCounts = {2};
    const std::vector<PersonResult> people = {{500, {right({1})}}};
    const ItemStatistics s = analyzeItems(optionCounts, people)[0];
    CHECK(s.facility == 1.0);
    CHECK_FALSE(s.discrimination.has_value());
    CHECK_FALSE(s.pointBiserial.has_value());
    CHECK(s.optionChosen == std::vector<std::size_t>{0, 1});
    CHECK(s.flags == ItemFlags{false, true, false});
}

TEST_CASE("no people give empty statistics for every question") {
    const std::vector<std::size_t> optionCounts = {4, 0};
    const std::vector<ItemStatistics> stats = analyzeItems(optionCounts, {});
    REQUIRE(stats.size() == 2);
    CHECK(stats[0].facility == 0.0);
    CHECK(stats[0].optionChosen == std::vector<std::size_t>{0, 0, 0, 0});
    CHECK_FALSE(stats[0].discrimination.has_value());
    CHECK(stats[0].flags == ItemFlags{});
}
