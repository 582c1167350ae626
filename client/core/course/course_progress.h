// A person studying a course: reading sessions on lessons, lessons finished, the course finished
// when every lesson of its manifest is, the quiz passed, and study hours (学时) earned once, when
// the course is finished and its quiz passed, in whichever order the two happen. Every action
// that writes is one committed transaction; refused actions write nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "course/course.h"
#include "store/course_progress_repository.h"
#include "store/database.h"

namespace tqm::course {

// An action that cannot be done: no-such-person, no-such-lesson, bad-duration, not-passed.
struct ProgressRefusal {
    std::string code;
    std::string message;
    bool operator==(const ProgressRefusal&) const = default;
};

struct ProgressOutcome {
    std::optional<ProgressRefusal> refusal;
    bool courseFinished = false;                      // this action finished the course
    std::optional<store::StudyHoursRow> hoursEarned;  // this action earned the course's hours

    bool ok() const { return !refusal; }
    bool operator==(const ProgressOutcome&) const = default;
};

struct CourseStatus {
    std::vector<store::LessonProgressRow> lessons;  // the lessons opened, by lesson id
    std::size_t lessonsFinished = 0;                // of the manifest's lessons
    std::size_t lessonCount = 0;
    std::chrono::milliseconds timeSpent{0};  // all lessons, ended sessions
    store::CourseProgressRow course;         // empty times when nothing happened yet
    std::optional<store::StudyHoursRow> hoursEarned;

    // Lessons finished as a whole percentage of the manifest's lessons, rounded down so that 100
    // means every lesson; 0 for a course without lessons.
    int percentFinished() const {
        return lessonCount == 0 ? 0 : static_cast<int>(lessonsFinished * 100 / lessonCount);
    }
    bool operator==(const CourseStatus&) const = default;
};

class CourseProgress {
  public:
    CourseProgress(store::Database& database, const Clock& clock)
        : db_(database), clock_(clock), rows_(database) {}

    // Starts a reading session; the first opening records opened_at. Opening a lesson whose
    // session is under way ends that session (its time counts) and starts a new one.
    ProgressOutcome openLesson(std::int64_t personId, const Course& course,
                               std::string_view lessonId);
    // Ends the session under way, adding its time; nothing is written when none is.
    ProgressOutcome stopReading(std::int64_t personId, const Course& course,
                                std::string_view lessonId);
    // Adds reading time the caller measured itself (more than zero); opens the lesson if needed.
    ProgressOutcome addReadingTime(std::int64_t personId, const Course& course,
                                   std::string_view lessonId, std::chrono::milliseconds time);
    // Ends the session under way and marks the lesson finished (the first time counts). The last
    // lesson finished finishes the course.
    ProgressOutcome finishLesson(std::int64_t personId, const Course& course,
                                 std::string_view lessonId);
    // Records the course's quiz as passed: by a submitted attempt of the person with verdict
    // "pass", or, with no attempt id, on the caller's word. The first pass counts.
    ProgressOutcome recordQuizPassed(std::int64_t personId, const Course& course,
                                     std::optional<std::int64_t> attemptId = std::nullopt);

    CourseStatus status(std::int64_t personId, const Course& course);
    // The person's study-hour ledger for reports: course, hours, when earned.
    std::vector<store::StudyHoursRow> ledger(std::int64_t personId);

  private:
    std::optional<ProgressRefusal> refusalFor(std::int64_t personId, const Course& course,
                                              std::string_view lessonId);
    store::LessonProgressRow lessonRow(std::int64_t personId, const Course& course,
                                       std::string_view lessonId, std::int64_t now);
    void endSession(store::LessonProgressRow& row, std::int64_t now);
    // Marks the course finished when every lesson is and earns its hours when the quiz is
    // passed too; fills `outcome`.
    void settleCourse(std::int64_t personId, const Course& course, std::int64_t now,
                      ProgressOutcome& outcome);

    store::Database& db_;
    const Clock& clock_;
    store::CourseProgressRepository rows_;
};

}  // namespace tqm::course
