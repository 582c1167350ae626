// Time in a session: both timer policies across restarts before and after the deadline, extra
// time, and automatic submission recorded at the deadline, never at the restart.
#include <catch2/catch.hpp>

#include "session_test_support.h"

using namespace std::chrono_literals;
using namespace tqm::exam;
using tqm::session::Refusal;
using tqm::sessiontest::Fixture;
using tqm::sessiontest::kStart;
using tqm::store::StoredRestart;
using tqm::store::SubmittedBy;

namespace {

constexpr std::int64_t kMinute = 60000;

Fixture withPolicy(TimerPolicy policy) {
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.timerPolicy = policy;
    return Fixture(settings);
}

}  // namespace

TEST_CASE("deadline-runs: a restart before the deadline keeps the deadline") {
    Fixture f = withPolicy(TimerPolicy::DeadlineRuns);
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(5min);
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    f.clock.advance(15min);  // down from minute 5 to minute 20
    const auto resumed = f.service.resume(f.examId, f.zhang);
    REQUIRE(resumed.attempt);
    CHECK(resumed.attempt->attempt.deadline == kStart + 30 * kMinute);
    CHECK(resumed.attempt->attempt.pausedMs == 0);
    CHECK(resumed.attempt->attempt.heartbeatAt == kStart + 20 * kMinute);
    CHECK(resumed.attempt->timer.remaining == 10min);
    CHECK(resumed.attempt->timer.used == 20min);
    CHECK(resumed.attempt->questionCount == 5);
    CHECK(f.service.attempts().restarts(attempt) ==
          std::vector<StoredRestart>{{kStart + 5 * kMinute, kStart + 20 * kMinute, 0}});
}

TEST_CASE("deadline-runs: a restart after the deadline submits the attempt at the deadline") {
    Fixture f = withPolicy(TimerPolicy::DeadlineRuns);
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(5min);
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    f.service.answer(attempt, 2, TrueFalseAnswer{false});
    f.clock.advance(3h);
    const auto resumed = f.service.resume(f.examId, f.zhang);
    CHECK_FALSE(resumed.attempt);
    REQUIRE(resumed.autoSubmitted);
    const tqm::store::AttemptRow& row = resumed.autoSubmitted->attempt;
    CHECK(row.submittedAt == kStart + 30 * kMinute);
    CHECK(row.submittedBy == SubmittedBy::Deadline);
    CHECK(row.earned == 200);
    CHECK(row.maxPoints == 1700);
    CHECK(row.verdict == Verdict::Fail);
    CHECK(resumed.autoSubmitted->wrong ==
          std::vector<tqm::session::QuestionRef>{{"tqm-demo", "q2"}});
    CHECK(f.count("SELECT count(*) FROM attempt WHERE submitted_by = 'deadline'") == 1);
    CHECK(*f.service.resume(f.examId, f.zhang).refusal ==
          Refusal{"no-open-attempt", "person 1 has no attempt of exam 1 in progress."});
}

TEST_CASE("paused-while-down: the time from the last heartbeat to the restart is given back") {
    Fixture f = withPolicy(TimerPolicy::PausedWhileDown);
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(10min);
    REQUIRE(f.service.heartbeat(attempt).timer);
    f.clock.advance(40min);  // down from minute 10 to minute 50
    const auto resumed = f.service.resume(f.examId, f.zhang);
    REQUIRE(resumed.attempt);
    CHECK(resumed.attempt->attempt.deadline == kStart + 70 * kMinute);
    CHECK(resumed.attempt->attempt.pausedMs == 40 * kMinute);
    CHECK(resumed.attempt->timer.remaining == 20min);
    CHECK(resumed.attempt->timer.used == 10min);
    CHECK(f.service.attempts().restarts(attempt) ==
          std::vector<StoredRestart>{{kStart + 10 * kMinute, kStart + 50 * kMinute, 40 * kMinute}});

    f.clock.advance(19min);
    CHECK(f.service.answer(attempt, 2, TrueFalseAnswer{true}).receipt);
    f.clock.advance(1min);
    CHECK(f.service.answer(attempt, 1, ChoiceAnswer{{1}}).refusal->code == "time-up");
    CHECK(f.service.attempts().find(attempt)->submittedAt == kStart + 70 * kMinute);
}

TEST_CASE("paused-while-down: a restart long after the old deadline still has the time left") {
    Fixture f = withPolicy(TimerPolicy::PausedWhileDown);
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(25min);
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    f.clock.advance(5h);
    const auto resumed = f.service.resume(f.examId, f.zhang);
    REQUIRE(resumed.attempt);
    CHECK(resumed.attempt->timer.remaining == 5min);
    CHECK(resumed.attempt->attempt.deadline == kStart + (5 * 60 + 30) * kMinute);

    // A second outage adds to the first.
    f.clock.advance(2min);
    f.service.heartbeat(attempt);
    f.clock.advance(1h);
    const auto again = f.service.resume(f.examId, f.zhang);
    REQUIRE(again.attempt);
    CHECK(again.attempt->timer.remaining == 3min);
    CHECK(again.attempt->attempt.pausedMs == (5 * 60 + 60) * kMinute);
    CHECK(again.attempt->timer.used == 27min);
    CHECK(
        f.service.attempts().restarts(attempt) ==
        std::vector<StoredRestart>{{kStart + 25 * kMinute, kStart + 325 * kMinute, 300 * kMinute},
                                   {kStart + 327 * kMinute, kStart + 387 * kMinute, 60 * kMinute}});
}

TEST_CASE("paused-while-down: a restart after the moved deadline submits at that deadline") {
    Fixture f = withPolicy(TimerPolicy::PausedWhileDown);
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(10min);
    f.service.heartbeat(attempt);
    f.clock.advance(20min);
    f.service.resume(f.examId, f.zhang);  // 20 minutes given back: the deadline is minute 50
    f.clock.advance(1h);
    f.service.heartbeat(attempt);  // at minute 90, past the deadline: submitted there
    const auto row = f.service.attempts().find(attempt);
    CHECK(row->submittedAt == kStart + 50 * kMinute);
    CHECK(row->submittedBy == SubmittedBy::Deadline);
    CHECK(f.service.resume(f.examId, f.zhang).refusal->code == "no-open-attempt");
}

TEST_CASE("extra time granted before the start lengthens the attempt, every grant is kept") {
    Fixture f;
    CHECK_FALSE(f.service.grantExtraTime(f.examId, f.zhang, 10min, "王主任", "视力障碍"));
    f.clock.advance(1s);
    CHECK_FALSE(f.service.grantExtraTime(f.examId, f.zhang, 5min, "王主任", ""));
    CHECK(f.service.grantExtraTime(f.examId, f.zhang, 0min, "王主任", "")->code ==
          "bad-extra-time");
    CHECK(*f.service.grantExtraTime(f.examId, f.zhang, 1min, " ", "") ==
          Refusal{"no-grantor", "extra time must name who granted it."});
    CHECK(*f.service.grantExtraTime(f.examId, 77, 1min, "王主任", "") ==
          Refusal{"no-such-person", "there is no person 77."});
    const std::int64_t attempt = f.startFor(f.zhang);
    const auto row = f.service.attempts().find(attempt);
    CHECK(row->extraMs == 15 * kMinute);
    CHECK(row->deadline == kStart + 1000 + 45 * kMinute);
    tqm::store::ExamRepository exams(f.db);
    CHECK(exams.grantsFor(f.examId, f.zhang) ==
          std::vector<tqm::store::ExtraTimeGrant>{
              {f.examId, f.zhang, 10min, kStart, "王主任", "视力障碍"},
              {f.examId, f.zhang, 5min, kStart + 1000, "王主任", ""}});
    CHECK(f.service.attempts().find(f.startFor(f.li))->extraMs == 0);
}

TEST_CASE("extra time granted during an attempt moves its deadline") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(20min);
    CHECK_FALSE(f.service.grantExtraTime(f.examId, f.zhang, 5min, "王主任", "停电"));
    CHECK(f.service.attempts().find(attempt)->deadline == kStart + 35 * kMinute);
    f.clock.advance(14min);
    CHECK(f.service.answer(attempt, 1, ChoiceAnswer{{1}}).receipt);
    f.clock.advance(1min);
    CHECK(f.service.answer(attempt, 2, TrueFalseAnswer{true}).refusal->code == "time-up");
    CHECK(f.service.attempts().find(attempt)->submittedAt == kStart + 35 * kMinute);
}

TEST_CASE("submitting after the deadline is the automatic submission at the deadline") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(31min);
    const auto result = f.service.submit(attempt);
    REQUIRE(result.submission);
    CHECK(result.submission->attempt.submittedAt == kStart + 30 * kMinute);
    CHECK(result.submission->attempt.submittedBy == SubmittedBy::Deadline);
}
