// 学时台账: the study hours every person earned in a date range, summed per period (month,
// quarter or year), per course and in total, with per-unit totals. Hours are the counted entries
// of training/study_hours.h, so a course is never counted twice for one person.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "reports/course_titles.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "training/study_hours.h"

namespace tqm::reports {

enum class Period : std::uint8_t { Month, Quarter, Year };

// "2026-11", "2026-Q4", "2026".
std::string periodLabel(Date day, Period period);

struct LedgerRow {
    std::int64_t personId = 0;
    std::string employeeNo;
    std::string name;
    std::string unit;
    std::map<std::string, std::int64_t> byPeriod;  // label → hundredths
    std::map<std::string, std::int64_t> byCourse;  // course id → hundredths
    std::int64_t total = 0;

    bool operator==(const LedgerRow&) const = default;
};

struct UnitTotal {
    std::string unit;
    int people = 0;  // people of the unit with any hours in the range
    std::int64_t total = 0;

    bool operator==(const UnitTotal&) const = default;
};

struct HoursLedger {
    Date from{};
    Date to{};
    Period period = Period::Month;
    std::vector<std::string> periods;  // every period the range touches, in order
    std::vector<std::string> courses;  // every course with hours in the range, sorted
    CourseTitles courseTitles = {};    // how the printed ledger names them (loadLedger fills it)
    std::vector<LedgerRow> rows;       // by 工号; people without hours are left out
    std::vector<UnitTotal> units;      // by unit name
    std::int64_t total = 0;
};

// Pure: `hours` maps a person id to their counted entries (any range; those outside
// [from, to] are ignored).
HoursLedger buildLedger(const std::vector<store::Person>& people,
                        const std::map<std::int64_t, std::vector<training::HoursEntry>>& hours,
                        Date from, Date to, Period period);

HoursLedger loadLedger(store::Database& database, Date from, Date to, Period period);

}  // namespace tqm::reports
