// Where a person stands with a course's quiz: not taken until an attempt is submitted, running
// while one is open, passed with the best score once any attempt passed (later attempts do not
// undo it), failed with the attempts left, and out of attempts when none is left.
#include <catch2/catch.hpp>

#include "session/course_quiz_state.h"
#include "session/exam_sitting.h"
#include "sitting_test_support.h"

using tqm::session::courseQuizState;
using tqm::session::CourseQuizState;
using tqm::session::QuizStanding;
using tqm::sittingtest::miniBank;
using tqm::sittingtest::miniBlueprint;
using tqm::sittingtest::Sitting;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

// A quiz of 8 true/false questions at 5 points: 40 points, passed with 24.
struct Quiz {
    Quiz() {
        writeBytes(folder / "mini.xml", miniBank(12));
        writeBytes(folder / "mini-exam.xml", miniBlueprint(8));
        const auto made = tqm::session::courseQuizExam(s.service, "mini-exam", folder.path(), 5);
        REQUIRE(made.ok());
        examId = *made.examId;
    }

    std::int64_t now() const { return tqm::unixMillis(s.clock.now()); }
    CourseQuizState state() { return courseQuizState(s.service, examId, s.zhang.id, now()); }

    std::int64_t start() {
        const auto sitting = tqm::session::openSitting(s.service, examId, s.zhang);
        REQUIRE(sitting.attempt);
        return sitting.attempt->attempt.id;
    }

    // Answers the first `right` questions correctly and leaves the rest, then submits.
    void sit(std::size_t right) {
        const std::int64_t attempt = start();
        const auto paper = s.service.attempts().paper(attempt);
        for (std::size_t i = 0; i < right && i < paper.size(); ++i)
            REQUIRE(
                s.service.answer(attempt, i + 1, tqm::exam::TrueFalseAnswer{paper[i].answerTrue})
                    .receipt);
        REQUIRE(s.service.submit(attempt).submission);
    }

    TempFolder folder;
    Sitting s;
    std::int64_t examId = 0;
};

}  // namespace

TEST_CASE("a quiz whose exam was never made is not taken, with every attempt left") {
    Sitting s;
    const CourseQuizState state = courseQuizState(s.service, std::nullopt, s.zhang.id, 0);
    CHECK(state.standing == QuizStanding::NotTaken);
    CHECK_FALSE(state.examId);
    CHECK_FALSE(state.bestEarned);
    CHECK(state.attemptsUsed == 0);
    CHECK(state.attemptsLeft == 10);
}

TEST_CASE("a quiz is not taken, running, failed with attempts left, then passed with its best") {
    Quiz quiz;
    CourseQuizState state = quiz.state();
    CHECK(state.standing == QuizStanding::NotTaken);
    CHECK(state.examId == quiz.examId);
    CHECK(state.maxPoints == 4000);
    CHECK(state.attemptsLeft == 10);

    const std::int64_t running = quiz.start();
    state = quiz.state();
    CHECK(state.standing == QuizStanding::InProgress);
    CHECK(state.attemptsUsed == 1);
    CHECK(state.attemptsLeft == 9);
    CHECK_FALSE(state.bestEarned);
    REQUIRE(quiz.s.service.submit(running).submission);

    quiz.sit(4);  // 20 of 40: failed
    state = quiz.state();
    CHECK(state.standing == QuizStanding::Failed);
    CHECK(state.bestEarned == 2000);
    CHECK(state.attemptsUsed == 2);
    CHECK(state.attemptsLeft == 8);

    quiz.sit(6);  // 30 of 40: passed
    quiz.sit(1);  // a worse attempt afterwards changes nothing
    state = quiz.state();
    CHECK(state.standing == QuizStanding::Passed);
    CHECK(state.bestEarned == 3000);
    CHECK(state.maxPoints == 4000);
    CHECK(state.attemptsUsed == 4);
    CHECK(state.attemptsLeft == 6);

    // Another person has not taken it.
    CHECK(courseQuizState(quiz.s.service, quiz.examId, quiz.s.li.id, quiz.now()).standing ==
          QuizStanding::NotTaken);
}

TEST_CASE("a quiz failed on every allowed attempt is out of attempts") {
    Quiz quiz;
    for (int i = 0; i < 10; ++i) quiz.sit(i == 3 ? 4 : 0);
    const CourseQuizState state = quiz.state();
    CHECK(state.standing == QuizStanding::OutOfAttempts);
    CHECK(state.bestEarned == 2000);
    CHECK(state.attemptsLeft == 0);
}

TEST_CASE("quiz exams are found by the id of their blueprint") {
    Quiz quiz;
    const auto exams = tqm::session::quizExamsByBlueprint(quiz.s.service);
    REQUIRE(exams.size() == 1);
    CHECK(exams.at("mini-exam") == quiz.examId);
}
