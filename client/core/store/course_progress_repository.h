// Courseware progress in the database (migration 4): each person's lessons (opened, finished,
// time spent, the reading session under way), courses (finished, quiz passed) and the ledger of
// study hours (学时) earned. The repository reads and writes rows; the rules (when a course is
// finished, when hours are earned) are course/course_progress.h's, which wraps each action in
// one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct LessonProgressRow {
    std::int64_t personId = 0;
    std::string courseId;
    std::string lessonId;
    std::int64_t openedAt = 0;                 // Unix ms UTC of the first opening
    std::optional<std::int64_t> finishedAt;    // the first time it was finished
    std::int64_t timeSpentMs = 0;              // reading sessions ended so far
    std::optional<std::int64_t> readingSince;  // start of the session under way

    bool operator==(const LessonProgressRow&) const = default;
};

struct CourseProgressRow {
    std::int64_t personId = 0;
    std::string courseId;
    std::optional<std::int64_t> finishedAt;     // when its last lesson was finished
    std::optional<std::int64_t> quizPassedAt;   // the first passed quiz
    std::optional<std::int64_t> quizAttemptId;  // the attempt that passed, when one was named

    bool operator==(const CourseProgressRow&) const = default;
};

struct StudyHoursRow {
    std::int64_t personId = 0;
    std::string courseId;
    std::string courseVersion;  // the course's version when the hours were earned
    std::int64_t hoursHundredths = 0;
    std::int64_t earnedAt = 0;  // Unix ms UTC

    bool operator==(const StudyHoursRow&) const = default;
};

class CourseProgressRepository {
  public:
    explicit CourseProgressRepository(Database& database) : db_(database) {}

    bool personExists(std::int64_t personId);
    // The verdict of attempt `attemptId` when it is the person's ("pass", "fail", "pending" or
    // "" before submission); nothing when there is no such attempt of that person.
    std::optional<std::string> attemptVerdict(std::int64_t personId, std::int64_t attemptId);

    std::optional<LessonProgressRow> findLesson(std::int64_t personId, std::string_view courseId,
                                                std::string_view lessonId);
    // The person's lessons of the course, by lesson id.
    std::vector<LessonProgressRow> lessons(std::int64_t personId, std::string_view courseId);
    void writeLesson(const LessonProgressRow& row);  // insert or replace

    std::optional<CourseProgressRow> findCourse(std::int64_t personId, std::string_view courseId);
    void writeCourse(const CourseProgressRow& row);  // insert or replace

    // Adds the row unless the person already earned the course's hours; true when added.
    bool addStudyHours(const StudyHoursRow& row);
    std::optional<StudyHoursRow> findStudyHours(std::int64_t personId, std::string_view courseId);
    // The person's ledger, by the time earned, then course id.
    std::vector<StudyHoursRow> studyHours(std::int64_t personId);

  private:
    Database& db_;
};

}  // namespace tqm::store
