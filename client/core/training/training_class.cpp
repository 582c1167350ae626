#include "training/training_class.h"

#include <array>
#include <utility>

#include "base/text_normalize.h"

namespace tqm::training {

namespace {

constexpr std::array<std::pair<std::string_view, Attendance>, 12> kAttendanceWords{{
    {"present", Attendance::Present},
    {"late", Attendance::Late},
    {"absent", Attendance::Absent},
    {"leave", Attendance::Leave},
    {"出勤", Attendance::Present},
    {"到", Attendance::Present},
    {"签到", Attendance::Present},
    {"迟到", Attendance::Late},
    {"缺勤", Attendance::Absent},
    {"缺席", Attendance::Absent},
    {"旷课", Attendance::Absent},
    {"请假", Attendance::Leave},
}};

}  // namespace

std::string_view attendanceWord(Attendance attendance) {
    switch (attendance) {
        case Attendance::Present:
            return "present";
        case Attendance::Late:
            return "late";
        case Attendance::Absent:
            return "absent";
        case Attendance::Leave:
            return "leave";
    }
    return "present";
}

std::optional<Attendance> parseAttendance(std::string_view text) {
    const std::string_view word = trimSpaces(text);
    for (const auto& [name, value] : kAttendanceWords)
        if (word == name) return value;
    return std::nullopt;
}

bool attended(Attendance attendance) {
    return attendance == Attendance::Present || attendance == Attendance::Late;
}

std::vector<Date> classDays(const TrainingClass& trainingClass) {
    std::vector<Date> days;
    for (Date day = trainingClass.startDate; day <= trainingClass.endDate;
         day += std::chrono::days{1})
        days.push_back(day);
    return days;
}

std::int64_t planHours(const TrainingClass& trainingClass) {
    std::int64_t total = 0;
    for (const PlanItem& item : trainingClass.plan) total += item.hoursHundredths;
    return total;
}

std::string_view refusalCodeWord(RefusalCode code) {
    switch (code) {
        case RefusalCode::UnknownClass:
            return "unknown-class";
        case RefusalCode::UnknownPerson:
            return "unknown-person";
        case RefusalCode::UnknownExam:
            return "unknown-exam";
        case RefusalCode::NotOnRoster:
            return "not-on-roster";
        case RefusalCode::DayOutsideClass:
            return "day-outside-class";
        case RefusalCode::InvalidField:
            return "invalid-field";
        case RefusalCode::DatesOutOfOrder:
            return "dates-out-of-order";
        case RefusalCode::DuplicateCode:
            return "duplicate-code";
    }
    return "invalid-field";
}

}  // namespace tqm::training
