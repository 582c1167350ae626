// The exams a learner's Home lists (session::examsOpenTo): those the person can sit now, with
// attempts left or an attempt in progress.
#include <catch2/catch.hpp>

#include "session/exam_overview.h"
#include "session_test_support.h"

using tqm::session::examsOpenTo;
using tqm::session::ExamState;
using namespace tqm::sessiontest;

TEST_CASE("an exam is open to a person with attempts left or an attempt in progress") {
    Fixture f;  // 质量月考试: 30 minutes, 2 attempts
    auto open = examsOpenTo(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].exam.settings.title == "质量月考试");
    CHECK(open[0].attemptsUsed == 0);
    CHECK(open[0].attemptsLeft == 2);
    CHECK(open[0].state == ExamState::NotStarted);

    const std::int64_t first = f.startFor(f.zhang);
    open = examsOpenTo(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].attemptsUsed == 1);
    CHECK(open[0].attemptsLeft == 1);
    CHECK(open[0].state == ExamState::InProgress);
    CHECK(open[0].open->id == first);

    REQUIRE(f.service.submit(first).submission);
    open = examsOpenTo(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].state == ExamState::Submitted);
    CHECK(open[0].attemptsLeft == 1);

    f.startFor(f.zhang);
    open = examsOpenTo(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 1);
    CHECK(open[0].attemptsLeft == 0);
    CHECK(open[0].state == ExamState::InProgress);

    SECTION("with every attempt used and submitted, the exam is no longer listed") {
        const std::int64_t second = f.service.attempts().findOpen(f.examId, f.zhang)->id;
        REQUIRE(f.service.submit(second).submission);
        CHECK(examsOpenTo(f.service, f.zhang, kStart).empty());
        CHECK(examsOpenTo(f.service, f.li, kStart).size() == 1);
    }
}

TEST_CASE("an exam past its closing time is not listed unless an attempt is in progress") {
    tqm::store::ExamSettings settings = sampleSettings();
    settings.closesAt = kStart + 60'000;
    Fixture f(settings);
    f.startFor(f.zhang);
    CHECK(examsOpenTo(f.service, f.zhang, kStart + 60'000).size() == 1);
    CHECK(examsOpenTo(f.service, f.li, kStart + 60'000).empty());
    CHECK(examsOpenTo(f.service, f.li, kStart + 59'999).size() == 1);
}

TEST_CASE("exams open to a person list the running attempt first, then the others by id") {
    Fixture f;
    const std::int64_t second = *f.service.createExam(sampleSettings()).examId;
    f.service.start(second, f.zhang, assembled());
    const auto open = examsOpenTo(f.service, f.zhang, kStart);
    REQUIRE(open.size() == 2);
    CHECK(open[0].exam.id == second);
    CHECK(open[1].exam.id == f.examId);
}
