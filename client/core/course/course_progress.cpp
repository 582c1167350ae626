#include "course/course_progress.h"

#include <algorithm>

#include "store/write_scope.h"

namespace tqm::course {

namespace {

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

store::CourseProgressRow emptyCourseRow(std::int64_t personId, const std::string& courseId) {
    store::CourseProgressRow row;
    row.personId = personId;
    row.courseId = courseId;
    return row;
}

ProgressOutcome refused(ProgressRefusal refusal) {
    ProgressOutcome outcome;
    outcome.refusal = std::move(refusal);
    return outcome;
}

}  // namespace

std::optional<ProgressRefusal> CourseProgress::refusalFor(std::int64_t personId,
                                                          const Course& course,
                                                          std::string_view lessonId) {
    if (!rows_.personExists(personId))
        return ProgressRefusal{"no-such-person",
                               "there is no person " + std::to_string(personId) + "."};
    if (!course.findLesson(lessonId))
        return ProgressRefusal{"no-such-lesson", "course " + inQuotes(course.id) +
                                                     " has no lesson " + inQuotes(lessonId) + "."};
    return std::nullopt;
}

store::LessonProgressRow CourseProgress::lessonRow(std::int64_t personId, const Course& course,
                                                   std::string_view lessonId, std::int64_t now) {
    if (std::optional<store::LessonProgressRow> row =
            rows_.findLesson(personId, course.id, lessonId))
        return *row;
    return {personId, course.id, std::string(lessonId), now, std::nullopt, 0, std::nullopt};
}

void CourseProgress::endSession(store::LessonProgressRow& row, std::int64_t now) {
    if (!row.readingSince) return;
    // A clock set back during a session adds nothing rather than a negative time.
    row.timeSpentMs += std::max<std::int64_t>(0, now - *row.readingSince);
    row.readingSince.reset();
}

ProgressOutcome CourseProgress::openLesson(std::int64_t personId, const Course& course,
                                           std::string_view lessonId) {
    if (auto refusal = refusalFor(personId, course, lessonId)) return refused(*refusal);
    store::WriteScope scope(db_.sql(), "lesson_open");
    const std::int64_t now = unixMillis(clock_.now());
    store::LessonProgressRow row = lessonRow(personId, course, lessonId, now);
    endSession(row, now);
    row.readingSince = now;
    rows_.writeLesson(row);
    scope.commit();
    return {};
}

ProgressOutcome CourseProgress::stopReading(std::int64_t personId, const Course& course,
                                            std::string_view lessonId) {
    if (auto refusal = refusalFor(personId, course, lessonId)) return refused(*refusal);
    store::WriteScope scope(db_.sql(), "lesson_stop");
    std::optional<store::LessonProgressRow> row = rows_.findLesson(personId, course.id, lessonId);
    if (!row || !row->readingSince) return {};
    endSession(*row, unixMillis(clock_.now()));
    rows_.writeLesson(*row);
    scope.commit();
    return {};
}

ProgressOutcome CourseProgress::addReadingTime(std::int64_t personId, const Course& course,
                                               std::string_view lessonId,
                                               std::chrono::milliseconds time) {
    if (auto refusal = refusalFor(personId, course, lessonId)) return refused(*refusal);
    if (time.count() <= 0)
        return refused({"bad-duration", "reading time must be more than zero; " +
                                            std::to_string(time.count()) + " ms was given."});
    store::WriteScope scope(db_.sql(), "lesson_time");
    store::LessonProgressRow row = lessonRow(personId, course, lessonId, unixMillis(clock_.now()));
    row.timeSpentMs += time.count();
    rows_.writeLesson(row);
    scope.commit();
    return {};
}

ProgressOutcome CourseProgress::finishLesson(std::int64_t personId, const Course& course,
                                             std::string_view lessonId) {
    if (auto refusal = refusalFor(personId, course, lessonId)) return refused(*refusal);
    store::WriteScope scope(db_.sql(), "lesson_finish");
    const std::int64_t now = unixMillis(clock_.now());
    store::LessonProgressRow row = lessonRow(personId, course, lessonId, now);
    endSession(row, now);
    if (!row.finishedAt) row.finishedAt = now;
    rows_.writeLesson(row);
    ProgressOutcome outcome;
    settleCourse(personId, course, now, outcome);
    scope.commit();
    return outcome;
}

ProgressOutcome CourseProgress::recordQuizPassed(std::int64_t personId, const Course& course,
                                                 std::optional<std::int64_t> attemptId) {
    if (!rows_.personExists(personId))
        return refused({"no-such-person", "there is no person " + std::to_string(personId) + "."});
    if (attemptId && rows_.attemptVerdict(personId, *attemptId) != "pass")
        return refused({"not-passed", "attempt " + std::to_string(*attemptId) +
                                          " is not a passed attempt of person " +
                                          std::to_string(personId) + "."});
    store::WriteScope scope(db_.sql(), "quiz_passed");
    const std::int64_t now = unixMillis(clock_.now());
    store::CourseProgressRow row =
        rows_.findCourse(personId, course.id).value_or(emptyCourseRow(personId, course.id));
    if (!row.quizPassedAt) {
        row.quizPassedAt = now;
        row.quizAttemptId = attemptId;
        rows_.writeCourse(row);
    }
    ProgressOutcome outcome;
    settleCourse(personId, course, now, outcome);
    scope.commit();
    return outcome;
}

void CourseProgress::settleCourse(std::int64_t personId, const Course& course, std::int64_t now,
                                  ProgressOutcome& outcome) {
    store::CourseProgressRow row =
        rows_.findCourse(personId, course.id).value_or(emptyCourseRow(personId, course.id));
    if (!row.finishedAt) {
        const std::vector<store::LessonProgressRow> lessons = rows_.lessons(personId, course.id);
        const bool allFinished =
            std::all_of(course.lessons.begin(), course.lessons.end(), [&](const Lesson& lesson) {
                return std::any_of(lessons.begin(), lessons.end(), [&](const auto& done) {
                    return done.lessonId == lesson.id && done.finishedAt;
                });
            });
        if (!allFinished) return;
        row.finishedAt = now;
        rows_.writeCourse(row);
        outcome.courseFinished = true;
    }
    if (!row.quizPassedAt) return;
    const store::StudyHoursRow hours{personId, course.id, course.version, course.studyHours, now};
    if (rows_.addStudyHours(hours)) outcome.hoursEarned = hours;
}

CourseStatus CourseProgress::status(std::int64_t personId, const Course& course) {
    CourseStatus status;
    status.lessons = rows_.lessons(personId, course.id);
    status.lessonCount = course.lessons.size();
    for (const store::LessonProgressRow& row : status.lessons) {
        status.timeSpent += std::chrono::milliseconds(row.timeSpentMs);
        if (row.finishedAt && course.findLesson(row.lessonId)) ++status.lessonsFinished;
    }
    status.course =
        rows_.findCourse(personId, course.id).value_or(emptyCourseRow(personId, course.id));
    status.hoursEarned = rows_.findStudyHours(personId, course.id);
    return status;
}

std::vector<store::StudyHoursRow> CourseProgress::ledger(std::int64_t personId) {
    return rows_.studyHours(personId);
}

}  // namespace tqm::course
