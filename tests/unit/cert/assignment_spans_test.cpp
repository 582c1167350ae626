// Assignment spans: unbroken time in one position shown as one span.
#include <catch2/catch.hpp>

#include <vector>

#include "cert/assignment_spans.h"
#include "cert_book_builder.h"

using cert_test::assignment;
using cert_test::day;
using tqm::cert::Assignment;
using tqm::cert::AssignmentSpan;
using tqm::cert::mergeAssignmentSpans;

namespace {

std::vector<AssignmentSpan> merged(const std::vector<Assignment>& assignments) {
    return mergeAssignmentSpans(std::span<const Assignment>(assignments));
}

}  // namespace

TEST_CASE("a span ending the day before the next one begins joins it into one open span") {
    const auto spans = merged(
        {assignment(7, 1, 10, "2026-02-20"), assignment(9, 1, 10, "2019-01-01", "2026-02-19")});
    REQUIRE(spans.size() == 1);
    CHECK(spans[0] == AssignmentSpan{1, 10, day("2019-01-01"), std::nullopt, {9, 7}});
    CHECK(spans[0].openAssignmentId() == 7);
}

TEST_CASE("pieces across a month end join, and three pieces make one span") {
    const auto spans = merged({assignment(1, 1, 10, "2024-01-01", "2025-03-31"),
                               assignment(2, 1, 10, "2025-04-01", "2025-12-31"),
                               assignment(3, 1, 10, "2026-01-01", "2026-06-30")});
    REQUIRE(spans.size() == 1);
    CHECK(spans[0] == AssignmentSpan{1, 10, day("2024-01-01"), day("2026-06-30"), {1, 2, 3}});
    CHECK_FALSE(spans[0].openAssignmentId());
}

TEST_CASE("a day between two pieces keeps them apart") {
    const auto spans = merged(
        {assignment(1, 1, 10, "2025-01-01", "2025-03-30"), assignment(2, 1, 10, "2025-04-01")});
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == AssignmentSpan{1, 10, day("2025-01-01"), day("2025-03-30"), {1}});
    CHECK(spans[1] == AssignmentSpan{1, 10, day("2025-04-01"), std::nullopt, {2}});
}

TEST_CASE("touching pieces of different positions or people stay apart, sorted by first day") {
    const auto spans = merged({assignment(1, 1, 11, "2025-04-01"),
                               assignment(2, 1, 10, "2025-01-01", "2025-03-31"),
                               assignment(3, 2, 10, "2025-04-01")});
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].assignmentIds == std::vector<std::int64_t>{2});
    // Same first day: by position id, then by person.
    CHECK(spans[1].assignmentIds == std::vector<std::int64_t>{3});
    CHECK(spans[2].assignmentIds == std::vector<std::int64_t>{1});
}

TEST_CASE("an assignment overlapping a span of the same position is found, others are not") {
    const auto spans = merged({assignment(1, 1, 10, "2019-01-01", "2026-02-19"),
                               assignment(2, 1, 10, "2026-02-20"),
                               assignment(3, 1, 11, "2020-01-01", "2020-12-31")});
    const auto hit = tqm::cert::spanOverlapping(spans, 10, day("2026-03-01"), std::nullopt);
    REQUIRE(hit);
    CHECK(hit->from == day("2019-01-01"));
    CHECK_FALSE(hit->to);
    SECTION("a closed span is overlapped only on its days") {
        CHECK(tqm::cert::spanOverlapping(spans, 11, day("2020-12-31"), std::nullopt));
        CHECK_FALSE(tqm::cert::spanOverlapping(spans, 11, day("2021-01-01"), std::nullopt));
        CHECK_FALSE(tqm::cert::spanOverlapping(spans, 11, day("2019-01-01"), day("2019-12-31")));
    }
    SECTION("a position never held overlaps nothing") {
        CHECK_FALSE(tqm::cert::spanOverlapping(spans, 12, day("2026-03-01"), std::nullopt));
    }
}
