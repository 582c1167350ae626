// 一期一档: the attendance table, hours per trainee and the statistics of the class's exams.
#include <catch2/catch.hpp>

#include "../training/training_fixture.h"
#include "reports/class_file.h"

using tqm::training::Attendance;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

std::int64_t addExam(TrainingFixture& f, const char* combine) {
    f.db.sql().exec(
        std::string("INSERT INTO exam (title, time_limit_ms, pass_mark, attempts_allowed, "
                    "attempts_combine, show_answers, timer_policy, paper_mode, seed, "
                    "created_at) VALUES ('结业考试', 3600000, 6000, 2, '") +
        combine + "', 'after-submit', 'deadline-runs', 'same', 1, 0)");
    return f.db.sql().getLastInsertRowid();
}

void addAttempt(TrainingFixture& f, std::int64_t examId, std::int64_t personId, int no,
                std::int64_t earned, const char* verdict) {
    SQLite::Statement insert(
        f.db.sql(),
        "INSERT INTO attempt (exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at, submitted_at, "
        "submitted_by, earned, max_points, verdict) VALUES (?1, ?2, ?3, 1, 'b', '1', "
        "printf('%064d', 0), 0, 1000, 1000, 0, 500, 'person', ?4, 10000, ?5)");
    insert.bind(1, examId);
    insert.bind(2, personId);
    insert.bind(3, no);
    insert.bind(4, earned);
    insert.bind(5, verdict);
    insert.exec();
}

}  // namespace

TEST_CASE("the class file lists each trainee's marks by day, their hours and the exam figures") {
    TrainingFixture f;
    const auto a1 = f.idOf("A001");
    const auto a2 = f.idOf("A002");
    for (const auto id : {a1, a2}) f.classes.addMember(f.classId, id);
    f.classes.mark(f.classId, {a1, day("2026-11-02"), Attendance::Present});
    f.classes.mark(f.classId, {a1, day("2026-11-03"), Attendance::Late});
    f.classes.mark(f.classId, {a2, day("2026-11-04"), Attendance::Leave});
    const auto examId = addExam(f, "highest");
    f.classes.addExam(f.classId, examId);
    addAttempt(f, examId, a1, 1, 5500, "fail");
    addAttempt(f, examId, a1, 2, 8800, "pass");
    addAttempt(f, examId, a2, 1, 7200, "pass");
    addAttempt(f, examId, f.idOf("B001"), 1, 9900, "pass");  // not on the roster

    const auto file = tqm::reports::loadClassFile(f.db, f.classId);
    REQUIRE(file);
    REQUIRE(file->trainees.size() == 2);
    const auto& first = file->trainees[0];
    CHECK(first.employeeNo == "A001");
    CHECK(first.days == std::vector<std::optional<Attendance>>{Attendance::Present,
                                                               Attendance::Late, std::nullopt});
    CHECK(first.attendedDays == 2);
    CHECK(first.hoursHundredths == 600);  // 4 h on day one + 3 h × 2/3
    CHECK(file->trainees[1].hoursHundredths == 0);
    CHECK(file->attendancePermille == 333);  // 2 of 6 person-days
    REQUIRE(file->exams.size() == 1);
    CHECK(file->exams[0].title == "结业考试");
    CHECK(file->exams[0].statistics.entrants == 2);
    CHECK(file->exams[0].statistics.meanHundredths == 8000);  // (88 + 72) / 2
    CHECK(file->exams[0].statistics.passRatePermille == 1000);
    CHECK(tqm::reports::attendanceMarkText(first.days[1]) == "迟到");
}

TEST_CASE("an exam combining the last attempt counts the last one even when it is lower") {
    TrainingFixture f;
    const auto a1 = f.idOf("A001");
    f.classes.addMember(f.classId, a1);
    const auto examId = addExam(f, "last");
    f.classes.addExam(f.classId, examId);
    addAttempt(f, examId, a1, 1, 9000, "pass");
    addAttempt(f, examId, a1, 2, 5000, "fail");
    const auto file = tqm::reports::loadClassFile(f.db, f.classId);
    REQUIRE(file->exams[0].scores.size() == 1);
    CHECK(file->exams[0].scores[0].earned == 5000);
    CHECK_FALSE(file->exams[0].scores[0].passed);
    CHECK_FALSE(tqm::reports::loadClassFile(f.db, 77));
}
