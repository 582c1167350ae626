// What the certificate repository tests share: an in-memory database on a fake clock standing at
// 2026-11-24T10:30:00Z (18:30 China Standard Time, so "today" is 2026-11-24), people added
// through the people repository, and dates written as text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "base/calendar_date.h"
#include "query_rows.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "store_test_support.h"

namespace tqm::storetest {

inline constexpr std::int64_t kKnownMillis = 1795516200000;  // knownMoment()

inline Date day(std::string_view text) {
    const auto date = parseDate(text);
    REQUIRE(date.has_value());
    return *date;
}

struct CertStore {
    FakeClock clock{knownMoment()};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);

    // Adds a person (and the positions named) and returns their id.
    std::int64_t person(const std::string& employeeNo, std::vector<std::string> positions = {}) {
        store::PeopleRepository people(db);
        people.upsert({employeeNo, "员工" + employeeNo, std::string("一车间"),
                       std::string("质检科"), std::move(positions)});
        return people.findByEmployeeNo(employeeNo)->id;
    }

    std::int64_t count(const std::string& table) {
        return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt64();
    }

    // One column of a query's rows joined with '|', rows separated by ';', for exact checks.
    std::string rows(const std::string& query) { return testsupport::queryRows(db.sql(), query); }
};

}  // namespace tqm::storetest
