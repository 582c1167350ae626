// The exams a person sees on the 考试 screen: what may still be sat, with attempts used and
// left, running attempts first, results last, closed exams only when the person sat them; and the
// course quiz's exam, made once from its blueprint and found again afterwards.
#include <catch2/catch.hpp>

#include "session/course_quiz.h"
#include "session/exam_overview.h"
#include "session/exam_sitting.h"
#include "sitting_test_support.h"

using namespace std::chrono_literals;
using tqm::session::examsForPerson;
using tqm::session::ExamState;
using tqm::sittingtest::demoSetup;
using tqm::sittingtest::kMinute;
using tqm::sittingtest::kStart;
using tqm::sittingtest::miniBank;
using tqm::sittingtest::miniBlueprint;
using tqm::sittingtest::Sitting;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

std::int64_t now(const Sitting& s) {
    return tqm::unixMillis(s.clock.now());
}

std::vector<std::int64_t> idsOf(const std::vector<tqm::session::ExamOverview>& listed) {
    std::vector<std::int64_t> ids;
    for (const auto& overview : listed) ids.push_back(overview.exam.id);
    return ids;
}

}  // namespace

TEST_CASE("an exam not yet sat shows its paper's size and every attempt left") {
    Sitting s;
    const std::int64_t examId = s.createExam(demoSetup());
    const auto listed = examsForPerson(s.service, s.zhang.id, now(s));
    REQUIRE(listed.size() == 1);
    const auto& overview = listed.front();
    CHECK(overview.exam.id == examId);
    CHECK(overview.questionCount == 30);
    CHECK(overview.totalPoints == 10000);
    CHECK(overview.attemptsUsed == 0);
    CHECK(overview.attemptsLeft == 2);
    CHECK(overview.state == ExamState::NotStarted);
    CHECK(overview.canStart());
}

TEST_CASE("running attempts are listed first, results last, and attempts are counted") {
    Sitting s;
    const std::int64_t first = s.createExam(demoSetup());
    const std::int64_t second = s.createExam(demoSetup());
    const std::int64_t third = s.createExam(demoSetup());
    auto sitting = tqm::session::openSitting(s.service, first, s.zhang);
    REQUIRE(sitting.attempt);
    REQUIRE(s.service.submit(sitting.attempt->attempt.id).submission);
    sitting = tqm::session::openSitting(s.service, third, s.zhang);
    REQUIRE(sitting.attempt);

    const auto listed = examsForPerson(s.service, s.zhang.id, now(s));
    CHECK(idsOf(listed) == std::vector<std::int64_t>{third, second, first});
    CHECK(listed[0].state == ExamState::InProgress);
    CHECK(listed[0].open->id == sitting.attempt->attempt.id);
    CHECK_FALSE(listed[0].canStart());
    CHECK(listed[2].state == ExamState::Submitted);
    CHECK(listed[2].attemptsUsed == 1);
    CHECK(listed[2].attemptsLeft == 1);
    CHECK(listed[2].lastSubmitted->submittedAt == kStart);
    CHECK(listed[2].canStart());
    // Another person's attempts are theirs alone.
    const auto others = examsForPerson(s.service, s.li.id, now(s));
    CHECK(idsOf(others) == std::vector<std::int64_t>{first, second, third});
}

TEST_CASE("a closed exam is listed only to the people who sat it, and cannot be started") {
    Sitting s;
    auto setup = demoSetup();
    setup.closesAt = kStart + 10 * kMinute;
    const std::int64_t examId = s.createExam(setup);
    auto sitting = tqm::session::openSitting(s.service, examId, s.zhang);
    REQUIRE(sitting.attempt);
    REQUIRE(s.service.submit(sitting.attempt->attempt.id).submission);
    s.clock.advance(10min);

    const auto zhang = examsForPerson(s.service, s.zhang.id, now(s));
    REQUIRE(zhang.size() == 1);
    CHECK(zhang.front().closed);
    CHECK_FALSE(zhang.front().canStart());
    CHECK(examsForPerson(s.service, s.li.id, now(s)).empty());
}

TEST_CASE("the course quiz's exam is made once from its blueprint with the quiz settings") {
    TempFolder folder;
    writeBytes(folder / "mini.xml", miniBank(12));
    writeBytes(folder / "mini-exam.xml", miniBlueprint(8));
    Sitting s;
    const auto made = tqm::session::courseQuizExam(s.service, "mini-exam", folder.path(), 5);
    INFO(made.diagnostics.size() << " diagnostics");
    REQUIRE(made.ok());
    CHECK(made.created);
    const auto exam = s.service.exam(*made.examId);
    REQUIRE(exam);
    CHECK(exam->settings.title == "小测验");
    CHECK(exam->settings.timeLimit == 16min);  // 8 questions, 2 minutes each
    CHECK(exam->settings.passMark == 2400);    // 60 % of 40 points
    CHECK(exam->settings.attemptsAllowed == 10);
    CHECK(exam->settings.showAnswers == tqm::store::ShowAnswers::AfterSubmit);

    const auto again = tqm::session::courseQuizExam(s.service, "mini-exam", folder.path(), 6);
    CHECK(again.examId == made.examId);
    CHECK_FALSE(again.created);
    CHECK(s.count("SELECT count(*) FROM exam") == 1);
    CHECK(tqm::session::findQuizExam(s.service, "mini-exam") == made.examId);
    CHECK_FALSE(tqm::session::findQuizExam(s.service, "other"));
}

TEST_CASE("a quiz whose blueprint is missing is not made and the problem names the file") {
    TempFolder folder;
    Sitting s;
    const auto made = tqm::session::courseQuizExam(s.service, "quiz-gone", folder.path(), 5);
    CHECK_FALSE(made.ok());
    REQUIRE_FALSE(made.diagnostics.empty());
    CHECK(made.diagnostics.front().file == (folder / "quiz-gone.xml").string());
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
}
