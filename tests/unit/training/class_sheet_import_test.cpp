// The sign-in sheet of a class from CSV: roster and marks from good rows, every bad cell named.
#include <catch2/catch.hpp>

#include "base/diagnostic.h"
#include "training/class_sheet_import.h"
#include "training_fixture.h"

using tqm::trainingtest::TrainingFixture;

TEST_CASE("a sign-in sheet adds its trainees to the roster and records their marks") {
    TrainingFixture f;
    const std::string sheet =
        "\xEF\xBB\xBF工号,姓名,2026-11-02,2026/11/3\r\n"
        "A001,张伟,出勤,迟到\r\n"
        "B001,王芳,请假,\r\n";
    const auto result = tqm::training::importClassSheet(f.db, f.classId, sheet, "签到表.csv");
    CHECK(result.diagnostics.empty());
    CHECK(result.joined == 2);
    CHECK(result.marks == 3);
    CHECK(result.rejected == 0);
    CHECK(f.db.sql()
              .execAndGet("SELECT group_concat(p.employee_no || ' ' || a.day || ' ' || "
                          "a.status, '; ') FROM (SELECT * FROM training_attendance ORDER BY "
                          "person_id, day) a JOIN person p ON p.id = a.person_id")
              .getString() ==
          "A001 2026-11-02 present; A001 2026-11-03 late; B001 2026-11-02 leave");
    const auto again = tqm::training::importClassSheet(f.db, f.classId, sheet, "签到表.csv");
    CHECK(again.alreadyOnRoster == 2);
    CHECK(again.marks == 0);
}

TEST_CASE("bad rows of a sign-in sheet are reported by line and column and left out") {
    TrainingFixture f;
    const std::string sheet =
        "工号,姓名,2026-11-02\n"
        "A001,张伟,出勤\n"
        "Z999,无名,出勤\n"
        "A002,王芳,出勤\n"
        "B002,刘洋,早退\n"
        "A001,张伟,迟到\n";
    const auto result = tqm::training::importClassSheet(f.db, f.classId, sheet, "sheet.csv");
    std::vector<std::string> shown;
    for (const auto& d : result.diagnostics) shown.push_back(tqm::formatDiagnostic(d));
    CHECK(
        shown ==
        std::vector<std::string>{
            "sheet.csv:3:1: error: sheet-unknown-person: no person has 工号 Z999; import them "
            "with the roster first",
            "sheet.csv:4:2: error: sheet-name-mismatch: 工号 A002 belongs to 李娜, not 王芳",
            "sheet.csv:5:3: error: sheet-unknown-mark: \"早退\" is not a mark; write 出勤, 迟到, "
            "缺勤 or 请假",
            "sheet.csv:6:1: error: sheet-duplicate-employee-no: 工号 A001 was already on line 2"});
    CHECK(result.rejected == 4);
    CHECK(result.joined == 1);
    CHECK(f.count("training_class_member") == 1);
    CHECK(f.count("training_attendance") == 1);
}

TEST_CASE("a sheet whose date column lies outside the class is refused whole") {
    TrainingFixture f;
    const auto result =
        tqm::training::importClassSheet(f.db, f.classId, "工号,2026-11-09\nA001,出勤\n", "s.csv");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "sheet-day-outside-class");
    CHECK(result.diagnostics[0].column == 2);
    CHECK(f.count("training_class_member") == 0);
}
