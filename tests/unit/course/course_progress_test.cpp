// course/course_progress.h against an in-memory database: reading sessions, finished lessons and
// courses, quizzes and the study-hour ledger, checked row by row.
#include <catch2/catch.hpp>

#include <chrono>

#include <SQLiteCpp/Statement.h>

#include "../store/store_test_support.h"
#include "course/course_progress.h"
#include "store/database.h"
#include "store/people_repository.h"

using namespace std::chrono_literals;
using tqm::FakeClock;
using tqm::unixMillis;
using tqm::course::Course;
using tqm::course::CourseProgress;
using tqm::course::ProgressOutcome;
using tqm::course::ProgressRefusal;
using tqm::store::CourseProgressRow;
using tqm::store::LessonProgressRow;
using tqm::store::StudyHoursRow;
using tqm::storetest::knownMoment;

namespace {

const std::int64_t t0 = unixMillis(knownMoment());

Course pdcaCourse() {
    Course course;
    course.id = "pdca";
    course.version = "2.1.0";
    course.studyHours = 400;
    course.lessons.push_back({"cycle", "lessons/01.md", 40, "四个阶段", {}, {}});
    course.lessons.push_back({"steps", "lessons/02.md", 45, "八个步骤", {}, {}});
    return course;
}

struct ProgressFixture {
    FakeClock clock{knownMoment()};
    tqm::store::OpenResult opened = tqm::store::Database::open(tqm::store::kInMemory, clock);
    tqm::store::Database& db = *opened.database;
    CourseProgress progress{db, clock};
    tqm::store::CourseProgressRepository rows{db};
    Course course = pdcaCourse();
    std::int64_t person = 0;

    ProgressFixture() {
        tqm::store::PeopleRepository(db).upsert({"E001", "张三", {}, {}, {}});
        person = tqm::store::PeopleRepository(db).findByEmployeeNo("E001")->id;
    }

    std::int64_t count(const std::string& table) {
        return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt64();
    }
};

std::int64_t minutes(int m) {
    return t0 + std::int64_t{m} * 60'000;
}

}  // namespace

TEST_CASE("reading sessions add up the time spent on a lesson") {
    ProgressFixture f;
    CHECK(f.progress.openLesson(f.person, f.course, "cycle") == ProgressOutcome{});
    CHECK(f.rows.lessons(f.person, "pdca") ==
          std::vector<LessonProgressRow>{{f.person, "pdca", "cycle", t0, {}, 0, t0}});

    f.clock.advance(10min);
    CHECK(f.progress.stopReading(f.person, f.course, "cycle").ok());
    CHECK(*f.rows.findLesson(f.person, "pdca", "cycle") ==
          LessonProgressRow{f.person, "pdca", "cycle", t0, {}, 600'000, {}});

    SECTION("stopping again adds nothing") {
        f.clock.advance(1min);
        CHECK(f.progress.stopReading(f.person, f.course, "cycle").ok());
        CHECK(f.rows.findLesson(f.person, "pdca", "cycle")->timeSpentMs == 600'000);
    }
    SECTION("time measured by the caller is added to the sessions") {
        CHECK(f.progress.addReadingTime(f.person, f.course, "cycle", 90s).ok());
        CHECK(f.rows.findLesson(f.person, "pdca", "cycle")->timeSpentMs == 690'000);
    }
    SECTION("opening the lesson while a session is under way ends that session first") {
        CHECK(f.progress.openLesson(f.person, f.course, "cycle").ok());
        f.clock.advance(2min);
        CHECK(f.progress.openLesson(f.person, f.course, "cycle").ok());
        CHECK(*f.rows.findLesson(f.person, "pdca", "cycle") ==
              LessonProgressRow{f.person, "pdca", "cycle", t0, {}, 720'000, minutes(12)});
    }
    SECTION("finishing ends the session under way and keeps the first finishing time") {
        CHECK(f.progress.openLesson(f.person, f.course, "cycle").ok());
        f.clock.advance(5min);
        CHECK(f.progress.finishLesson(f.person, f.course, "cycle") == ProgressOutcome{});
        f.clock.advance(5min);
        CHECK(f.progress.finishLesson(f.person, f.course, "cycle") == ProgressOutcome{});
        CHECK(*f.rows.findLesson(f.person, "pdca", "cycle") ==
              LessonProgressRow{f.person, "pdca", "cycle", t0, minutes(15), 900'000, {}});
        CHECK(f.count("course_progress") == 0);
    }
}

TEST_CASE("study hours are earned once, when the course is finished and its quiz passed") {
    ProgressFixture f;
    const StudyHoursRow earned{1, "pdca", "2.1.0", 400, minutes(30)};

    SECTION("quiz first, then the last lesson") {
        CHECK(f.progress.finishLesson(f.person, f.course, "cycle") == ProgressOutcome{});
        f.clock.advance(20min);
        CHECK(f.progress.recordQuizPassed(f.person, f.course) == ProgressOutcome{});
        CHECK(*f.rows.findCourse(f.person, "pdca") ==
              CourseProgressRow{f.person, "pdca", {}, minutes(20), {}});
        f.clock.advance(10min);
        CHECK(f.progress.finishLesson(f.person, f.course, "steps") ==
              ProgressOutcome{{}, true, earned});
        CHECK(*f.rows.findCourse(f.person, "pdca") ==
              CourseProgressRow{f.person, "pdca", minutes(30), minutes(20), {}});
    }
    SECTION("every lesson first, then the quiz") {
        CHECK(f.progress.finishLesson(f.person, f.course, "steps") == ProgressOutcome{});
        f.clock.advance(20min);
        CHECK(f.progress.finishLesson(f.person, f.course, "cycle") ==
              ProgressOutcome{{}, true, {}});
        f.clock.advance(10min);
        CHECK(f.progress.recordQuizPassed(f.person, f.course) ==
              ProgressOutcome{{}, false, earned});
        CHECK(*f.rows.findCourse(f.person, "pdca") ==
              CourseProgressRow{f.person, "pdca", minutes(20), minutes(30), {}});
    }
    CHECK(f.rows.lessons(f.person, "pdca").size() == 2);
    CHECK(f.progress.ledger(f.person) == std::vector<StudyHoursRow>{earned});

    f.clock.advance(1h);
    CHECK(f.progress.recordQuizPassed(f.person, f.course) == ProgressOutcome{});
    CHECK(f.progress.finishLesson(f.person, f.course, "cycle") == ProgressOutcome{});
    CHECK(f.progress.ledger(f.person) == std::vector<StudyHoursRow>{earned});
    CHECK(f.count("study_hours") == 1);
    CHECK_THROWS_WITH(f.db.sql().exec("UPDATE study_hours SET hours_hundredths = 800"),
                      "study hours are kept as earned");

    const tqm::course::CourseStatus status = f.progress.status(f.person, f.course);
    CHECK(status.lessonsFinished == 2);
    CHECK(status.lessonCount == 2);
    CHECK(status.hoursEarned == earned);
}

TEST_CASE("a quiz passed by an attempt must be a submitted, passed attempt of the person") {
    ProgressFixture f;
    f.db.sql().exec(
        "INSERT INTO exam (id, title, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) "
        "VALUES (1, '测验', 600000, 6000, 1, 'highest', 'never', 'deadline-runs', 'same', 7, 0)");
    const std::string sha(64, 'a');
    for (const auto& [id, verdict] : {std::pair{10, "'pass'"}, std::pair{11, "'fail'"}}) {
        f.db.sql().exec(
            "INSERT INTO attempt (id, exam_id, person_id, attempt_no, seed, bank_id, "
            "bank_version, bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at, "
            "submitted_at, submitted_by, earned, max_points, verdict) VALUES (" +
            std::to_string(id) + ", 1, 1, " + std::to_string(id - 9) + ", 7, 'b', '1', '" + sha +
            "', 0, 600000, 600000, 0, 1, 'person', 8000, 10000, " + verdict + ")");
    }
    CHECK(f.progress.recordQuizPassed(f.person, f.course, 11) ==
          ProgressOutcome{
              ProgressRefusal{"not-passed", "attempt 11 is not a passed attempt of person 1."},
              false,
              {}});
    CHECK(f.progress.recordQuizPassed(f.person, f.course, 12).refusal->code == "not-passed");
    CHECK(f.count("course_progress") == 0);
    CHECK(f.progress.recordQuizPassed(f.person, f.course, 10).ok());
    CHECK(*f.rows.findCourse(f.person, "pdca") == CourseProgressRow{f.person, "pdca", {}, t0, 10});
}

TEST_CASE("progress actions on an unknown person or lesson, or with no time, are refused") {
    ProgressFixture f;
    CHECK(*f.progress.openLesson(f.person, f.course, "nope").refusal ==
          ProgressRefusal{"no-such-lesson", "course \"pdca\" has no lesson \"nope\"."});
    CHECK(*f.progress.finishLesson(42, f.course, "cycle").refusal ==
          ProgressRefusal{"no-such-person", "there is no person 42."});
    CHECK(*f.progress.recordQuizPassed(42, f.course).refusal ==
          ProgressRefusal{"no-such-person", "there is no person 42."});
    CHECK(*f.progress.addReadingTime(f.person, f.course, "cycle", 0ms).refusal ==
          ProgressRefusal{"bad-duration", "reading time must be more than zero; 0 ms was given."});
    CHECK(f.count("lesson_progress") == 0);
    CHECK(f.count("course_progress") == 0);
}
