// The buzz arbiter on its own: timestamps decide, openings and bars.
#include <catch2/catch.hpp>

#include "compete/buzz_arbiter.h"

using namespace tqm::compete;

TEST_CASE("the arbiter's winner is the earliest timestamp of the current opening") {
    BuzzArbiter arbiter;
    arbiter.reset(4);
    arbiter.open(10'000, 5'000);
    CHECK(arbiter.offer(3, 10'900, true) == BuzzVerdict::Valid);
    CHECK(arbiter.offer(1, 10'903, true) == BuzzVerdict::Valid);
    CHECK(arbiter.winner() == 3u);
    CHECK(arbiter.offer(2, 10'899, true) == BuzzVerdict::Valid);
    CHECK(arbiter.winner() == 2u);
    CHECK(arbiter.offer(0, 15'001, true) == BuzzVerdict::WindowClosed);
    CHECK(arbiter.offer(0, 15'000, true) == BuzzVerdict::Valid);  // the window's last ms counts
    CHECK(arbiter.winner() == 2u);
    std::vector<std::size_t> teams;
    for (const BuzzRecord& record : arbiter.order()) teams.push_back(record.team);
    CHECK(teams == std::vector<std::size_t>{2, 3, 1, 0});
}

TEST_CASE("after a rebound only the presses of the new opening compete") {
    BuzzArbiter arbiter;
    arbiter.reset(3);
    arbiter.open(0, 10'000);
    CHECK(arbiter.offer(0, 100, true) == BuzzVerdict::Valid);
    CHECK(arbiter.offer(1, 150, true) == BuzzVerdict::Valid);
    arbiter.bar(0);
    arbiter.open(2'000, 10'000);
    CHECK_FALSE(arbiter.winner().has_value());
    CHECK(arbiter.offer(0, 2'100, true) == BuzzVerdict::Barred);
    CHECK(arbiter.offer(2, 2'300, true) == BuzzVerdict::Valid);
    CHECK(arbiter.offer(1, 2'200, true) == BuzzVerdict::Valid);
    CHECK(arbiter.winner() == 1u);
    CHECK(arbiter.order().back().opening == 2);
    CHECK(arbiter.order().back().sinceOpenMs == 300);
    CHECK(arbiter.anyoneLeft());
    arbiter.bar(1);
    arbiter.bar(2);
    CHECK_FALSE(arbiter.anyoneLeft());
}

TEST_CASE("a press before any opening is a foul that bars the team only when the rules say so") {
    BuzzArbiter arbiter;
    arbiter.reset(2);
    CHECK(arbiter.offer(0, 50, false) == BuzzVerdict::Foul);
    CHECK(arbiter.offer(0, 60, false) == BuzzVerdict::Foul);
    CHECK_FALSE(arbiter.barred(0));
    CHECK(arbiter.offer(1, 70, true) == BuzzVerdict::Foul);
    CHECK(arbiter.barred(1));
    CHECK(arbiter.order().size() == 3);
    CHECK_FALSE(arbiter.winner().has_value());
}
