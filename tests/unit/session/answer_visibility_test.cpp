// When a learner may see an attempt's correct answers: each of the exam's four rules.
#include <catch2/catch.hpp>

#include "session/answer_visibility.h"

using tqm::session::answerVisibility;
using tqm::store::AttemptRow;
using tqm::store::ExamRecord;
using tqm::store::ShowAnswers;

namespace {

constexpr std::int64_t kCloses = 1'796'000'000'000;  // 2026-11-30T00:53:20Z

ExamRecord examShowing(ShowAnswers show, std::optional<std::int64_t> closesAt = std::nullopt) {
    ExamRecord exam;
    exam.id = 3;
    exam.settings.title = "月考";
    exam.settings.showAnswers = show;
    exam.settings.closesAt = closesAt;
    return exam;
}

AttemptRow attempt(bool submitted) {
    AttemptRow row;
    row.id = 9;
    if (submitted) row.submittedAt = kCloses - 60'000;
    return row;
}

}  // namespace

TEST_CASE("immediately shows the answers while the attempt runs") {
    const auto seen = answerVisibility(examShowing(ShowAnswers::Immediately), attempt(false), 0);
    CHECK(seen.visible);
    CHECK(seen.reason.empty());
}

TEST_CASE("after-submit hides the answers until the attempt is submitted") {
    const ExamRecord exam = examShowing(ShowAnswers::AfterSubmit);
    const auto running = answerVisibility(exam, attempt(false), 0);
    CHECK_FALSE(running.visible);
    CHECK(running.reason == "exam 3 \"月考\" shows the answers once the attempt is submitted.");
    CHECK(answerVisibility(exam, attempt(true), 0).visible);
}

TEST_CASE("after-close hides the answers until the exam's closing time, even when submitted") {
    const ExamRecord exam = examShowing(ShowAnswers::AfterClose, kCloses);
    const auto early = answerVisibility(exam, attempt(true), kCloses - 1);
    CHECK_FALSE(early.visible);
    CHECK(early.reason ==
          "exam 3 \"月考\" shows the answers after it closes at 2026-11-30T00:53:20.000Z.");
    CHECK(answerVisibility(exam, attempt(true), kCloses).visible);
    CHECK_FALSE(answerVisibility(exam, attempt(false), kCloses).visible);

    const auto noClosingTime =
        answerVisibility(examShowing(ShowAnswers::AfterClose), attempt(true), kCloses);
    CHECK_FALSE(noClosingTime.visible);
    CHECK(noClosingTime.reason ==
          "exam 3 \"月考\" shows the answers after it closes, and it has no closing time yet.");
}

TEST_CASE("never keeps the answers from the learner") {
    const auto seen = answerVisibility(examShowing(ShowAnswers::Never), attempt(true), kCloses);
    CHECK_FALSE(seen.visible);
    CHECK(seen.reason == "exam 3 \"月考\" does not show its answers to the people who sit it.");
}
