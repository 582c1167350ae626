// Training classes (培训班/期): the plain records the store, the rules and the reports share. A
// class runs on the days from its start to its end date, teaches a plan of courses (or single
// lessons of a course) with study hours (学时), has a roster of people and one attendance mark
// (签到) per person and day, and may hold exams.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"

namespace tqm::training {

enum class Attendance : std::uint8_t { Present, Late, Absent, Leave };

// "present", "late", "absent", "leave": the words the database and the command line use.
std::string_view attendanceWord(Attendance attendance);
// Those words, and 出勤/到/签到, 迟到, 缺勤/缺席/旷课, 请假 as sign-in sheets write them.
std::optional<Attendance> parseAttendance(std::string_view text);
// Present and late earn the hours of the day; absent and leave do not.
bool attended(Attendance attendance);

// One item of a class's plan: a whole course (lessonId empty) or one lesson of it.
struct PlanItem {
    std::string courseId;
    std::string lessonId;
    std::string title;
    // The day it is taught; nothing when it is spread over all the class's days.
    std::optional<Date> day;
    std::int64_t hoursHundredths = 0;

    bool operator==(const PlanItem&) const = default;
};

struct TrainingClass {
    std::int64_t id = 0;
    std::string code;  // 期次, unique: "2026-Q4-01"
    std::string name;
    Date startDate{};
    Date endDate{};
    std::string place;
    std::vector<std::string> teachers;
    std::vector<PlanItem> plan;
    std::string summary;  // the closing summary (结业小结), written when the class ends

    bool operator==(const TrainingClass&) const = default;
};

struct AttendanceMark {
    std::int64_t personId = 0;
    Date day{};
    Attendance status = Attendance::Present;

    bool operator==(const AttendanceMark&) const = default;
};

// The days the class runs, first to last.
std::vector<Date> classDays(const TrainingClass& trainingClass);
std::int64_t planHours(const TrainingClass& trainingClass);  // in hundredths

// Why a training write was refused: a stable code the command line prints and a program
// translates, and an English message naming the record. Nothing was written.
enum class RefusalCode : std::uint8_t {
    UnknownClass,
    UnknownPerson,
    UnknownExam,
    NotOnRoster,
    DayOutsideClass,
    InvalidField,
    DatesOutOfOrder,
    DuplicateCode,
};
std::string_view refusalCodeWord(RefusalCode code);  // "not-on-roster", ...

struct Refusal {
    RefusalCode code;
    std::string message;

    bool operator==(const Refusal&) const = default;
};

}  // namespace tqm::training
