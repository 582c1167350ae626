// The exams a learner's Home lists: open, with attempts left or an attempt in progress.
#include <catch2/catch.hpp>

#include "session/open_exams.h"
#include "session_test_support.h"

using tqm::session::openExamsFor;
using namespace tqm::sessiontest;

TEST_CASE("an exam is open to a person with attempts left or an attempt in progress") {
    Fixture f;  // 质量月考试: 30 minutes, 2 attempts
    auto open = openExamsFor(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].exam.settings.title == "质量月考试");
    CHECK(open[0].attemptsUsed == 0);
    CHECK(open[0].attemptsLeft == 2);
    CHECK_FALSE(open[0].inProgress);

    const std::int64_t first = f.startFor(f.zhang);
    open = openExamsFor(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].attemptsUsed == 1);
    CHECK(open[0].attemptsLeft == 1);
    CHECK(open[0].inProgress);

    REQUIRE(f.service.submit(first).submission);
    f.startFor(f.zhang);
    open = openExamsFor(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].attemptsLeft == 0);
    CHECK(open[0].inProgress);

    SECTION("with every attempt used and submitted, the exam is no longer listed") {
        const std::int64_t second = f.service.attempts().findOpen(f.examId, f.zhang)->id;
        REQUIRE(f.service.submit(second).submission);
        CHECK(openExamsFor(f.service, f.zhang, kStart).empty());
        CHECK(openExamsFor(f.service, f.li, kStart).size() == 1);
    }
}

TEST_CASE("an exam past its closing time is not listed unless an attempt is in progress") {
    tqm::store::ExamSettings settings = sampleSettings();
    settings.closesAt = kStart + 60'000;
    Fixture f(settings);
    f.startFor(f.zhang);
    CHECK(openExamsFor(f.service, f.zhang, kStart + 60'000).size() == 1);
    CHECK(openExamsFor(f.service, f.li, kStart + 60'000).empty());
    CHECK(openExamsFor(f.service, f.li, kStart + 59'999).size() == 1);
}
