#include "store/training_class_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/write_scope.h"

namespace tqm::store {

namespace {

using training::Refusal;
using training::RefusalCode;

constexpr char kTeacherSeparator[] = "、";

std::string joinTeachers(const std::vector<std::string>& teachers) {
    std::string joined;
    for (const std::string& teacher : teachers) {
        if (!joined.empty()) joined += kTeacherSeparator;
        joined += teacher;
    }
    return joined;
}

std::vector<std::string> splitTeachers(const std::string& joined) {
    std::vector<std::string> teachers;
    const std::string_view separator = kTeacherSeparator;
    std::size_t start = 0;
    while (start <= joined.size() && !joined.empty()) {
        const std::size_t end = joined.find(separator, start);
        teachers.push_back(joined.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + separator.size();
    }
    return teachers;
}

Date dateColumn(SQLite::Statement& row, int column) {
    return parseDate(row.getColumn(column).getString()).value_or(Date{});
}

bool exists(SQLite::Database& sql, std::string_view table, std::int64_t id) {
    SQLite::Statement query(sql, "SELECT 1 FROM " + std::string(table) + " WHERE id = ?1");
    query.bind(1, id);
    return query.executeStep();
}

Refusal unknownClass(std::int64_t classId) {
    return {RefusalCode::UnknownClass,
            "there is no training class with id " + std::to_string(classId)};
}

std::optional<Refusal> checkClass(const training::TrainingClass& c) {
    if (c.code.empty()) return Refusal{RefusalCode::InvalidField, "a training class needs a code"};
    if (c.name.empty())
        return Refusal{RefusalCode::InvalidField, "training class " + c.code + " needs a name"};
    if (c.endDate < c.startDate)
        return Refusal{RefusalCode::DatesOutOfOrder,
                       "training class " + c.code + " ends on " + formatDate(c.endDate) +
                           ", before it starts on " + formatDate(c.startDate)};
    for (const training::PlanItem& item : c.plan) {
        if (item.courseId.empty())
            return Refusal{RefusalCode::InvalidField,
                           "an item of the plan of training class " + c.code + " names no course"};
        if (item.hoursHundredths < 0)
            return Refusal{
                RefusalCode::InvalidField,
                "course " + item.courseId + " of training class " + c.code + " has negative hours"};
        if (item.day && (*item.day < c.startDate || *item.day > c.endDate))
            return Refusal{RefusalCode::DayOutsideClass,
                           "course " + item.courseId + " is planned on " + formatDate(*item.day) +
                               ", outside training class " + c.code};
    }
    return std::nullopt;
}

}  // namespace

TrainingWritten<std::int64_t> TrainingClassRepository::create(const training::TrainingClass& c) {
    if (auto refusal = checkClass(c)) return *refusal;
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_class_create");
    if (findByCode(c.code))
        return Refusal{RefusalCode::DuplicateCode, "training class code " + c.code + " is taken"};
    SQLite::Statement insert(
        sql,
        "INSERT INTO training_class (code, name, start_date, end_date, place, "
        "teachers, summary, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, c.code);
    insert.bind(2, c.name);
    insert.bind(3, formatDate(c.startDate));
    insert.bind(4, formatDate(c.endDate));
    insert.bind(5, c.place);
    insert.bind(6, joinTeachers(c.teachers));
    insert.bind(7, c.summary);
    insert.bind(8, unixMillis(db_.clock().now()));
    insert.exec();
    const std::int64_t classId = sql.getLastInsertRowid();
    writePlan(classId, c.plan);
    scope.commit();
    return classId;
}

void TrainingClassRepository::writePlan(std::int64_t classId,
                                        const std::vector<training::PlanItem>& plan) {
    SQLite::Statement item(
        db_.sql(),
        "INSERT INTO training_class_course (class_id, seq, course_id, lesson_id, "
        "title, day, hours_hundredths) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int seq = 0;
    for (const training::PlanItem& planned : plan) {
        item.bind(1, classId);
        item.bind(2, ++seq);
        item.bind(3, planned.courseId);
        item.bind(4, planned.lessonId);
        item.bind(5, planned.title);
        if (planned.day)
            item.bind(6, formatDate(*planned.day));
        else
            item.bind(6);
        item.bind(7, planned.hoursHundredths);
        item.exec();
        item.reset();
    }
}

std::optional<Refusal> TrainingClassRepository::update(const training::TrainingClass& c) {
    if (auto refusal = checkClass(c)) return refusal;
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_class_update");
    if (!exists(sql, "training_class", c.id)) return unknownClass(c.id);
    if (const auto holder = findByCode(c.code); holder && holder->id != c.id)
        return Refusal{RefusalCode::DuplicateCode, "training class code " + c.code + " is taken"};
    // Shortening a class must not orphan the attendance already recorded on its old days.
    SQLite::Statement outside(sql,
                              "SELECT min(day) FROM training_attendance WHERE class_id = ?1 AND "
                              "(day < ?2 OR day > ?3)");
    outside.bind(1, c.id);
    outside.bind(2, formatDate(c.startDate));
    outside.bind(3, formatDate(c.endDate));
    if (outside.executeStep() && !outside.getColumn(0).isNull())
        return Refusal{RefusalCode::DayOutsideClass,
                       "attendance is recorded on " + outside.getColumn(0).getString() +
                           ", outside " + formatDate(c.startDate) + " to " + formatDate(c.endDate) +
                           "; clear those marks first"};
    SQLite::Statement update(
        sql,
        "UPDATE training_class SET code = ?2, name = ?3, start_date = ?4, "
        "end_date = ?5, place = ?6, teachers = ?7, summary = ?8 WHERE id = ?1");
    update.bind(1, c.id);
    update.bind(2, c.code);
    update.bind(3, c.name);
    update.bind(4, formatDate(c.startDate));
    update.bind(5, formatDate(c.endDate));
    update.bind(6, c.place);
    update.bind(7, joinTeachers(c.teachers));
    update.bind(8, c.summary);
    update.exec();
    SQLite::Statement clear(sql, "DELETE FROM training_class_course WHERE class_id = ?1");
    clear.bind(1, c.id);
    clear.exec();
    writePlan(c.id, c.plan);
    scope.commit();
    return std::nullopt;
}

std::optional<training::TrainingClass> TrainingClassRepository::find(std::int64_t classId) {
    return findWhere("id = CAST(?1 AS INTEGER)", std::to_string(classId));
}

std::optional<training::TrainingClass> TrainingClassRepository::findByCode(std::string_view code) {
    return findWhere("code = ?1", std::string(code));
}

std::optional<training::TrainingClass> TrainingClassRepository::findWhere(
    std::string_view where, const std::string& value) {
    SQLite::Statement query(db_.sql(),
                            "SELECT id, code, name, start_date, end_date, place, teachers, summary "
                            "FROM training_class WHERE " +
                                std::string(where));
    query.bind(1, value);
    if (!query.executeStep()) return std::nullopt;
    training::TrainingClass c;
    c.id = query.getColumn(0).getInt64();
    c.code = query.getColumn(1).getString();
    c.name = query.getColumn(2).getString();
    c.startDate = dateColumn(query, 3);
    c.endDate = dateColumn(query, 4);
    c.place = query.getColumn(5).getString();
    c.teachers = splitTeachers(query.getColumn(6).getString());
    c.summary = query.getColumn(7).getString();
    c.plan = planOf(c.id);
    return c;
}

std::vector<training::PlanItem> TrainingClassRepository::planOf(std::int64_t classId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT course_id, lesson_id, title, day, hours_hundredths "
                            "FROM training_class_course WHERE class_id = ?1 ORDER BY seq");
    query.bind(1, classId);
    std::vector<training::PlanItem> plan;
    while (query.executeStep()) {
        training::PlanItem item{query.getColumn(0).getString(), query.getColumn(1).getString(),
                                query.getColumn(2).getString(), std::nullopt,
                                query.getColumn(4).getInt64()};
        if (!query.getColumn(3).isNull()) item.day = dateColumn(query, 3);
        plan.push_back(std::move(item));
    }
    return plan;
}

std::vector<training::TrainingClass> TrainingClassRepository::list() {
    SQLite::Statement query(db_.sql(), "SELECT id FROM training_class ORDER BY start_date, code");
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    std::vector<training::TrainingClass> classes;
    for (const std::int64_t id : ids) classes.push_back(*find(id));
    return classes;
}

std::optional<Refusal> TrainingClassRepository::setSummary(std::int64_t classId,
                                                           std::string_view summary) {
    WriteScope scope(db_.sql(), "training_class_summary");
    SQLite::Statement update(db_.sql(), "UPDATE training_class SET summary = ?2 WHERE id = ?1");
    update.bind(1, classId);
    update.bind(2, std::string(summary));
    if (update.exec() == 0) return unknownClass(classId);
    scope.commit();
    return std::nullopt;
}

bool TrainingClassRepository::isMember(std::int64_t classId, std::int64_t personId) {
    SQLite::Statement query(
        db_.sql(), "SELECT 1 FROM training_class_member WHERE class_id = ?1 AND person_id = ?2");
    query.bind(1, classId);
    query.bind(2, personId);
    return query.executeStep();
}

TrainingWritten<MarkOutcome> TrainingClassRepository::addMember(std::int64_t classId,
                                                                std::int64_t personId) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_member_add");
    if (!exists(sql, "training_class", classId)) return unknownClass(classId);
    if (!exists(sql, "person", personId))
        return Refusal{RefusalCode::UnknownPerson,
                       "there is no person with id " + std::to_string(personId)};
    if (isMember(classId, personId)) return MarkOutcome::Unchanged;
    SQLite::Statement insert(sql,
                             "INSERT INTO training_class_member (class_id, person_id, added_at) "
                             "VALUES (?1, ?2, ?3)");
    insert.bind(1, classId);
    insert.bind(2, personId);
    insert.bind(3, unixMillis(db_.clock().now()));
    insert.exec();
    scope.commit();
    return MarkOutcome::Added;
}

std::optional<Refusal> TrainingClassRepository::removeMember(std::int64_t classId,
                                                             std::int64_t personId) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_member_remove");
    if (!exists(sql, "training_class", classId)) return unknownClass(classId);
    SQLite::Statement remove(
        sql, "DELETE FROM training_class_member WHERE class_id = ?1 AND person_id = ?2");
    remove.bind(1, classId);
    remove.bind(2, personId);
    if (remove.exec() == 0)
        return Refusal{RefusalCode::NotOnRoster, "person " + std::to_string(personId) +
                                                     " is not on the roster of training class " +
                                                     std::to_string(classId)};
    scope.commit();
    return std::nullopt;
}

std::vector<std::int64_t> TrainingClassRepository::members(std::int64_t classId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT m.person_id FROM training_class_member m JOIN person p ON "
                            "p.id = m.person_id WHERE m.class_id = ?1 ORDER BY p.employee_no");
    query.bind(1, classId);
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

std::vector<std::int64_t> TrainingClassRepository::classesOf(std::int64_t personId) {
    SQLite::Statement query(
        db_.sql(),
        "SELECT c.id FROM training_class_member m JOIN training_class c ON "
        "c.id = m.class_id WHERE m.person_id = ?1 ORDER BY c.start_date, c.code");
    query.bind(1, personId);
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

TrainingWritten<MarkOutcome> TrainingClassRepository::mark(std::int64_t classId,
                                                           const training::AttendanceMark& mark) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_mark");
    const std::optional<training::TrainingClass> c = find(classId);
    if (!c) return unknownClass(classId);
    if (mark.day < c->startDate || mark.day > c->endDate)
        return Refusal{RefusalCode::DayOutsideClass,
                       formatDate(mark.day) + " is not a day of training class " + c->code + " (" +
                           formatDate(c->startDate) + " to " + formatDate(c->endDate) + ")"};
    if (!isMember(classId, mark.personId))
        return Refusal{RefusalCode::NotOnRoster, "person " + std::to_string(mark.personId) +
                                                     " is not on the roster of training class " +
                                                     c->code};
    SQLite::Statement current(sql,
                              "SELECT status FROM training_attendance WHERE class_id = ?1 AND "
                              "person_id = ?2 AND day = ?3");
    current.bind(1, classId);
    current.bind(2, mark.personId);
    current.bind(3, formatDate(mark.day));
    const std::string word(training::attendanceWord(mark.status));
    std::optional<std::string> before;
    if (current.executeStep()) before = current.getColumn(0).getString();
    if (before == word) return MarkOutcome::Unchanged;
    SQLite::Statement write(sql,
                            "INSERT OR REPLACE INTO training_attendance (class_id, person_id, day, "
                            "status, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    write.bind(1, classId);
    write.bind(2, mark.personId);
    write.bind(3, formatDate(mark.day));
    write.bind(4, word);
    write.bind(5, unixMillis(db_.clock().now()));
    write.exec();
    scope.commit();
    return before ? MarkOutcome::Changed : MarkOutcome::Added;
}

bool TrainingClassRepository::unmark(std::int64_t classId, std::int64_t personId, Date day) {
    WriteScope scope(db_.sql(), "training_unmark");
    SQLite::Statement remove(db_.sql(),
                             "DELETE FROM training_attendance WHERE class_id = ?1 AND "
                             "person_id = ?2 AND day = ?3");
    remove.bind(1, classId);
    remove.bind(2, personId);
    remove.bind(3, formatDate(day));
    const bool removed = remove.exec() > 0;
    scope.commit();
    return removed;
}

std::vector<training::AttendanceMark> TrainingClassRepository::attendance(std::int64_t classId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT person_id, day, status FROM training_attendance "
                            "WHERE class_id = ?1 ORDER BY person_id, day");
    query.bind(1, classId);
    std::vector<training::AttendanceMark> marks;
    while (query.executeStep())
        marks.push_back({query.getColumn(0).getInt64(), dateColumn(query, 1),
                         training::parseAttendance(query.getColumn(2).getString())
                             .value_or(training::Attendance::Absent)});
    return marks;
}

std::optional<Refusal> TrainingClassRepository::addExam(std::int64_t classId, std::int64_t examId) {
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "training_exam_add");
    if (!exists(sql, "training_class", classId)) return unknownClass(classId);
    if (!exists(sql, "exam", examId))
        return Refusal{RefusalCode::UnknownExam,
                       "there is no exam with id " + std::to_string(examId)};
    SQLite::Statement insert(sql,
                             "INSERT INTO training_class_exam (class_id, exam_id) VALUES (?1, ?2) "
                             "ON CONFLICT DO NOTHING");
    insert.bind(1, classId);
    insert.bind(2, examId);
    insert.exec();
    scope.commit();
    return std::nullopt;
}

std::vector<std::int64_t> TrainingClassRepository::exams(std::int64_t classId) {
    SQLite::Statement query(
        db_.sql(), "SELECT exam_id FROM training_class_exam WHERE class_id = ?1 ORDER BY exam_id");
    query.bind(1, classId);
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

std::vector<ClassExamResult> TrainingClassRepository::rosterResults(std::int64_t classId,
                                                                    std::int64_t examId) {
    // One row per person: the best or the last scored attempt, as the exam combines them.
    SQLite::Statement query(
        db_.sql(),
        "SELECT p.id, p.employee_no, p.name, a.earned, a.max_points, a.verdict = 'pass' "
        "FROM training_class_member m JOIN person p ON p.id = m.person_id "
        "JOIN attempt a ON a.id = (SELECT b.id FROM attempt b WHERE b.exam_id = ?2 AND "
        "b.person_id = p.id AND b.verdict IN ('pass', 'fail') ORDER BY "
        "CASE WHEN (SELECT attempts_combine FROM exam WHERE id = ?2) = 'highest' "
        "THEN b.earned ELSE b.attempt_no END DESC, "
        "b.attempt_no DESC LIMIT 1) "
        "WHERE m.class_id = ?1 ORDER BY p.employee_no");
    query.bind(1, classId);
    query.bind(2, examId);
    std::vector<ClassExamResult> results;
    while (query.executeStep())
        results.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                           query.getColumn(2).getString(), query.getColumn(3).getInt64(),
                           query.getColumn(4).getInt64(), query.getColumn(5).getInt() != 0});
    return results;
}

std::string TrainingClassRepository::examTitle(std::int64_t examId) {
    SQLite::Statement query(db_.sql(), "SELECT title FROM exam WHERE id = ?1");
    query.bind(1, examId);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

}  // namespace tqm::store
