#include "reports/hours_ledger.h"

#include <set>

namespace tqm::reports {

std::string periodLabel(Date day, Period period) {
    const std::chrono::year_month_day ymd{day};
    const std::string year = std::to_string(static_cast<int>(ymd.year()));
    const unsigned month = static_cast<unsigned>(ymd.month());
    switch (period) {
        case Period::Month:
            return year + (month < 10 ? "-0" : "-") + std::to_string(month);
        case Period::Quarter:
            return year + "-Q" + std::to_string((month - 1) / 3 + 1);
        case Period::Year:
            return year;
    }
    return year;
}

HoursLedger buildLedger(const std::vector<store::Person>& people,
                        const std::map<std::int64_t, std::vector<training::HoursEntry>>& hours,
                        Date from, Date to, Period period) {
    HoursLedger ledger;
    ledger.from = from;
    ledger.to = to;
    ledger.period = period;
    for (Date day = from; day <= to; day += std::chrono::days{1}) {
        const std::string label = periodLabel(day, period);
        if (ledger.periods.empty() || ledger.periods.back() != label)
            ledger.periods.push_back(label);
    }
    std::set<std::string> courses;
    std::map<std::string, UnitTotal> units;
    for (const store::Person& person : people) {
        const auto found = hours.find(person.id);
        if (found == hours.end()) continue;
        LedgerRow row{person.id, person.employeeNo, person.name, person.unit, {}, {}, 0};
        for (const training::HoursEntry& entry : found->second) {
            if (entry.day < from || entry.day > to) continue;
            row.byPeriod[periodLabel(entry.day, period)] += entry.hundredths;
            row.byCourse[entry.courseId] += entry.hundredths;
            row.total += entry.hundredths;
            courses.insert(entry.courseId);
        }
        if (row.total == 0) continue;
        UnitTotal& unit = units[person.unit];
        unit.unit = person.unit;
        ++unit.people;
        unit.total += row.total;
        ledger.total += row.total;
        ledger.rows.push_back(std::move(row));
    }
    ledger.courses.assign(courses.begin(), courses.end());
    for (auto& [name, unit] : units) ledger.units.push_back(unit);
    return ledger;
}

HoursLedger loadLedger(store::Database& database, Date from, Date to, Period period) {
    const std::vector<store::Person> people = store::PeopleRepository(database).list();
    std::map<std::int64_t, std::vector<training::HoursEntry>> hours;
    for (const store::Person& person : people) {
        std::vector<training::HoursEntry> entries = training::studyHoursOf(database, person.id);
        if (!entries.empty()) hours.emplace(person.id, std::move(entries));
    }
    HoursLedger ledger = buildLedger(people, hours, from, to, period);
    ledger.courseTitles = loadCourseTitles(database);
    return ledger;
}

}  // namespace tqm::reports
