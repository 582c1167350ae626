#include "store/course_progress_repository.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::store {

namespace {

std::optional<std::int64_t> optionalInt(SQLite::Statement& row, int column) {
    if (row.getColumn(column).isNull()) return std::nullopt;
    return row.getColumn(column).getInt64();
}

void bindOptional(SQLite::Statement& statement, int index, std::optional<std::int64_t> value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

constexpr std::string_view kLessonColumns =
    "SELECT person_id, course_id, lesson_id, opened_at, finished_at, time_spent_ms, "
    "reading_since FROM lesson_progress ";

LessonProgressRow lessonFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
            row.getColumn(3).getInt64(), optionalInt(row, 4),          row.getColumn(5).getInt64(),
            optionalInt(row, 6)};
}

constexpr std::string_view kStudyHoursColumns =
    "SELECT person_id, course_id, course_version, hours_hundredths, earned_at FROM study_hours ";

StudyHoursRow studyHoursFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
            row.getColumn(3).getInt64(), row.getColumn(4).getInt64()};
}

}  // namespace

bool CourseProgressRepository::personExists(std::int64_t personId) {
    SQLite::Statement query(db_.sql(), "SELECT 1 FROM person WHERE id = ?1");
    query.bind(1, personId);
    return query.executeStep();
}

std::optional<std::string> CourseProgressRepository::attemptVerdict(std::int64_t personId,
                                                                    std::int64_t attemptId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT coalesce(verdict, '') FROM attempt "
                            "WHERE id = ?1 AND person_id = ?2");
    query.bind(1, attemptId);
    query.bind(2, personId);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

std::optional<LessonProgressRow> CourseProgressRepository::findLesson(std::int64_t personId,
                                                                      std::string_view courseId,
                                                                      std::string_view lessonId) {
    SQLite::Statement query(
        db_.sql(),
        std::string(kLessonColumns) + "WHERE person_id = ?1 AND course_id = ?2 AND lesson_id = ?3");
    query.bind(1, personId);
    query.bind(2, std::string(courseId));
    query.bind(3, std::string(lessonId));
    if (!query.executeStep()) return std::nullopt;
    return lessonFrom(query);
}

std::vector<LessonProgressRow> CourseProgressRepository::lessons(std::int64_t personId,
                                                                 std::string_view courseId) {
    SQLite::Statement query(db_.sql(), std::string(kLessonColumns) +
                                           "WHERE person_id = ?1 AND course_id = ?2 "
                                           "ORDER BY lesson_id");
    query.bind(1, personId);
    query.bind(2, std::string(courseId));
    std::vector<LessonProgressRow> rows;
    while (query.executeStep()) rows.push_back(lessonFrom(query));
    return rows;
}

void CourseProgressRepository::writeLesson(const LessonProgressRow& row) {
    SQLite::Statement write(db_.sql(),
                            "INSERT OR REPLACE INTO lesson_progress (person_id, course_id, "
                            "lesson_id, opened_at, finished_at, time_spent_ms, reading_since) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    write.bind(1, row.personId);
    write.bind(2, row.courseId);
    write.bind(3, row.lessonId);
    write.bind(4, row.openedAt);
    bindOptional(write, 5, row.finishedAt);
    write.bind(6, row.timeSpentMs);
    bindOptional(write, 7, row.readingSince);
    write.exec();
}

std::optional<CourseProgressRow> CourseProgressRepository::findCourse(std::int64_t personId,
                                                                      std::string_view courseId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT person_id, course_id, finished_at, quiz_passed_at, "
                            "quiz_attempt_id FROM course_progress "
                            "WHERE person_id = ?1 AND course_id = ?2");
    query.bind(1, personId);
    query.bind(2, std::string(courseId));
    if (!query.executeStep()) return std::nullopt;
    return CourseProgressRow{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                             optionalInt(query, 2), optionalInt(query, 3), optionalInt(query, 4)};
}

void CourseProgressRepository::writeCourse(const CourseProgressRow& row) {
    SQLite::Statement write(db_.sql(),
                            "INSERT OR REPLACE INTO course_progress (person_id, course_id, "
                            "finished_at, quiz_passed_at, quiz_attempt_id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    write.bind(1, row.personId);
    write.bind(2, row.courseId);
    bindOptional(write, 3, row.finishedAt);
    bindOptional(write, 4, row.quizPassedAt);
    bindOptional(write, 5, row.quizAttemptId);
    write.exec();
}

bool CourseProgressRepository::addStudyHours(const StudyHoursRow& row) {
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO study_hours (person_id, course_id, course_version, "
                             "hours_hundredths, earned_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                             "ON CONFLICT (person_id, course_id) DO NOTHING");
    insert.bind(1, row.personId);
    insert.bind(2, row.courseId);
    insert.bind(3, row.courseVersion);
    insert.bind(4, row.hoursHundredths);
    insert.bind(5, row.earnedAt);
    return insert.exec() == 1;
}

std::optional<StudyHoursRow> CourseProgressRepository::findStudyHours(std::int64_t personId,
                                                                      std::string_view courseId) {
    SQLite::Statement query(
        db_.sql(), std::string(kStudyHoursColumns) + "WHERE person_id = ?1 AND course_id = ?2");
    query.bind(1, personId);
    query.bind(2, std::string(courseId));
    if (!query.executeStep()) return std::nullopt;
    return studyHoursFrom(query);
}

std::vector<StudyHoursRow> CourseProgressRepository::studyHours(std::int64_t personId) {
    SQLite::Statement query(db_.sql(), std::string(kStudyHoursColumns) +
                                           "WHERE person_id = ?1 ORDER BY earned_at, course_id");
    query.bind(1, personId);
    std::vector<StudyHoursRow> rows;
    while (query.executeStep()) rows.push_back(studyHoursFrom(query));
    return rows;
}

}  // namespace tqm::store
