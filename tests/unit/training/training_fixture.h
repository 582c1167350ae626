// A database in memory with four people and one three-day class (2026-11-02 to 2026-11-04) whose
// plan holds a four-hour course on the first day, a two-hour lesson on the third and a
// three-hour course spread over all three days.
#pragma once

#include <string>
#include <variant>

#include "../store/store_test_support.h"
#include "base/clock.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"

namespace tqm::trainingtest {

inline Date day(const char* text) {
    return *parseDate(text);
}

inline training::TrainingClass qualityClass() {
    training::TrainingClass c;
    c.code = "2026-Q4-01";
    c.name = "班组长质量管理培训班";
    c.startDate = day("2026-11-02");
    c.endDate = day("2026-11-04");
    c.place = "二号培训室";
    c.teachers = {"王工", "李老师"};
    c.plan = {{"tqm-basics", "", "全面质量管理基础", day("2026-11-02"), 400},
              {"spc", "control-charts", "控制图", day("2026-11-04"), 200},
              {"qc-tools", "", "QC七大手法", std::nullopt, 300}};
    return c;
}

struct TrainingFixture {
    FakeClock clock{storetest::knownMoment()};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);
    store::PeopleRepository people{db};
    store::TrainingClassRepository classes{db};
    std::int64_t classId = 0;

    TrainingFixture() {
        people.upsert({"A001", "张伟", "一车间", "装配班", {}});
        people.upsert({"A002", "李娜", "一车间", "检验班", {}});
        people.upsert({"B001", "王芳", "二车间", "焊接班", {}});
        people.upsert({"B002", "刘洋", "二车间", "焊接班", {}});
        classId = std::get<std::int64_t>(classes.create(qualityClass()));
    }

    std::int64_t idOf(const std::string& employeeNo) {
        return people.findByEmployeeNo(employeeNo)->id;
    }
    int count(const std::string& table) {
        return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
    }
};

}  // namespace tqm::trainingtest
