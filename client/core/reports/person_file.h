// 一人一档: everything on record about one person — identity with the ID number masked, unit and
// positions, the classes attended, each course with the hours counted and when it was
// completed, every scored exam attempt and competition result, and each certificate with its
// status on the report date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "training/study_hours.h"

namespace tqm::reports {

struct ClassLine {
    std::string code;
    std::string name;
    Date startDate{};
    Date endDate{};
    int attendedDays = 0;
    int classDays = 0;
    std::int64_t hoursHundredths = 0;

    bool operator==(const ClassLine&) const = default;
};

struct CourseLine {
    std::string courseId;
    std::int64_t hoursHundredths = 0;  // counted hours (training/study_hours.h)
    std::optional<Date> completedOn;   // the course's finish, else the day of its last hours
    training::HoursSource source = training::HoursSource::Class;
    std::string title = {};  // as the classes' plans name it (course_titles.h); "" when none does

    bool operator==(const CourseLine&) const = default;
};

struct ResultLine {
    bool competition = false;
    std::string title;
    Date day{};
    int attemptNo = 1;
    std::int64_t earned = 0;
    std::int64_t maxPoints = 0;
    bool passed = false;

    bool operator==(const ResultLine&) const = default;
};

struct CertificateLine {
    std::string number;
    std::string typeName;
    Date issuedOn{};
    std::optional<Date> validUntil;  // as the rules stand on the report date
    std::string status;              // a status word (cert/status_word.h)

    bool operator==(const CertificateLine&) const = default;
};

struct PersonFile {
    store::Person person;
    std::string maskedIdNumber;  // "" when none is on record
    // The number in full, set only by reports/id_unlock.h after the organizer password; "" when
    // none is on record.
    std::optional<std::string> fullIdNumber;
    Date asOf{};
    std::vector<ClassLine> classes;             // by start date
    std::vector<CourseLine> courses;            // by course id
    std::vector<ResultLine> results;            // exams, then competitions, each by date
    std::vector<CertificateLine> certificates;  // by issue date
    std::int64_t totalHours = 0;
};

// Nothing when no person has the 工号.
std::optional<PersonFile> loadPersonFile(store::Database& database, std::string_view employeeNo,
                                         Date asOf);

}  // namespace tqm::reports
