// What an organizer sees around a running exam: the essays waiting for a mark (the marking
// queue), each mark with its marker's comment, and the attempts still open (for extra time).
#include <catch2/catch.hpp>

#include "session_test_support.h"

using namespace std::chrono_literals;
using namespace tqm::exam;
using tqm::sessiontest::Fixture;
using tqm::store::EssayMark;
using tqm::store::PendingEssay;

namespace {

constexpr std::int64_t kMinute = 60000;

void answerEssayAndFirst(Fixture& f, std::int64_t attempt) {
    REQUIRE(f.service.answer(attempt, 1, ChoiceAnswer{{1}}).receipt);
    REQUIRE(f.service.answer(attempt, 5, EssayAnswer{"整理、整顿、清扫"}).receipt);
}

}  // namespace

TEST_CASE("the marking queue holds submitted essays without a mark, earliest submission first") {
    Fixture f;
    const std::int64_t start = tqm::unixMillis(f.clock.now());
    const std::int64_t zhang = f.startFor(f.zhang);
    const std::int64_t li = f.startFor(f.li);
    answerEssayAndFirst(f, zhang);
    answerEssayAndFirst(f, li);
    f.clock.advance(5min);
    REQUIRE(f.service.submit(li).submission);
    f.clock.advance(3min);
    auto& attempts = f.service.attempts();
    CHECK(attempts.pendingEssays(f.examId) ==
          std::vector<PendingEssay>{{li, f.li, 5, start + 5 * kMinute}});
    REQUIRE(f.service.submit(zhang).submission);

    CHECK(attempts.pendingEssays(f.examId) ==
          std::vector<PendingEssay>{{li, f.li, 5, start + 5 * kMinute},
                                    {zhang, f.zhang, 5, start + 8 * kMinute}});
    REQUIRE(f.service.markEssay(li, 5, 600, "王老师").submission);
    CHECK(attempts.pendingEssays(f.examId) ==
          std::vector<PendingEssay>{{zhang, f.zhang, 5, start + 8 * kMinute}});
    CHECK(attempts.pendingEssays(f.examId + 1).empty());
}

TEST_CASE("an unanswered essay never enters the marking queue") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    REQUIRE(f.service.answer(attempt, 1, ChoiceAnswer{{1}}).receipt);
    f.clock.advance(1min);
    REQUIRE(f.service.submit(attempt).submission);
    CHECK(f.service.attempts().pendingEssays(f.examId).empty());
}

TEST_CASE("an essay mark keeps the marker's comment and the attempt's total follows the mark") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    answerEssayAndFirst(f, attempt);
    f.clock.advance(1min);
    const auto submitted = f.service.submit(attempt);
    REQUIRE(submitted.submission);
    CHECK(submitted.submission->attempt.earned == 200);
    CHECK(submitted.submission->attempt.verdict == Verdict::Pending);
    CHECK_FALSE(f.service.attempts().latestEssayMark(attempt, 5));

    f.clock.advance(1h);
    const std::int64_t at = tqm::unixMillis(f.clock.now());
    const auto marked = f.service.markEssay(attempt, 5, 850, "王老师", "要点齐全，少了素养");
    REQUIRE(marked.submission);
    CHECK(marked.submission->attempt.earned == 1050);
    CHECK(marked.submission->attempt.verdict == Verdict::Pass);
    CHECK(f.service.attempts().latestEssayMark(attempt, 5) ==
          EssayMark{850, "王老师", "要点齐全，少了素养", at});

    f.clock.advance(1min);
    REQUIRE(f.service.markEssay(attempt, 5, 700, "李老师").submission);
    CHECK(f.service.attempts().latestEssayMark(attempt, 5) ==
          EssayMark{700, "李老师", "", at + kMinute});
    CHECK(f.service.attempts().find(attempt)->earned == 900);
    CHECK(f.count("SELECT count(*) FROM essay_mark") == 2);
}

TEST_CASE("the open attempts of an exam are those not yet submitted, by start") {
    Fixture f;
    const std::int64_t zhang = f.startFor(f.zhang);
    f.clock.advance(2min);
    const std::int64_t li = f.startFor(f.li);
    auto& attempts = f.service.attempts();
    std::vector<std::int64_t> open;
    for (const auto& row : attempts.openOfExam(f.examId)) open.push_back(row.id);
    CHECK(open == std::vector<std::int64_t>{zhang, li});

    REQUIRE(f.service.submit(zhang).submission);
    open.clear();
    for (const auto& row : attempts.openOfExam(f.examId)) open.push_back(row.id);
    CHECK(open == std::vector<std::int64_t>{li});
}
