// The demo plant (cert/demo_plant_setup.h) brings a finished training class, made through the
// core's training records, so that 报表 has a class file and study hours to show at once.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "demo_plant_frame.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "training/study_hours.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

constexpr std::int64_t kToday = 1795478400000;  // 2026-11-24 08:00 in China

const char* markWord(training::Attendance mark) {
    switch (mark) {
        case training::Attendance::Present:
            return "present";
        case training::Attendance::Late:
            return "late";
        case training::Attendance::Absent:
            return "absent";
        case training::Attendance::Leave:
            return "leave";
    }
    return "";
}

}  // namespace

TEST_CASE(
    "the demo plant holds class 2026-Q4-01 with twelve people, three days of attendance "
    "and the hours they earned") {
    LearnerFixture fixture("demo-class");
    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame = openDemoPlantFrame(fixture, clock);
    store::Database& db = *frame->workspace().database();
    store::TrainingClassRepository classes(db);
    REQUIRE(classes.list().size() == 1);
    const auto found = classes.findByCode("2026-Q4-01");
    REQUIRE(found);
    CHECK(found->name == "质量管理体系内审员培训班");
    CHECK(formatDate(found->startDate) == "2026-11-16");
    CHECK(formatDate(found->endDate) == "2026-11-18");
    CHECK(found->place == "培训中心三号教室");
    CHECK(found->teachers == std::vector<std::string>{"张志刚", "刘敏"});
    REQUIRE(found->plan.size() == 3);
    CHECK(found->plan[0].courseId == "iso9001");
    CHECK(found->plan[1].courseId == "tqm-basics");
    CHECK(found->plan[2].courseId == "pdca");
    CHECK(training::planHours(*found) == 2000);

    store::PeopleRepository people(db);
    std::map<std::int64_t, std::string> numberOf;
    for (const store::Person& person : people.list()) numberOf[person.id] = person.employeeNo;
    const auto members = classes.members(found->id);
    REQUIRE(members.size() == 12);
    CHECK(numberOf[members.front()] == "D0001");
    CHECK(numberOf[members.back()] == "D0012");

    // Every person has a mark on each of the three days; all present but these four.
    const auto marks = classes.attendance(found->id);
    REQUIRE(marks.size() == 36);
    std::map<std::string, std::string> exceptions;
    for (const training::AttendanceMark& mark : marks)
        if (mark.status != training::Attendance::Present)
            exceptions[numberOf[mark.personId] + " " + formatDate(mark.day)] =
                markWord(mark.status);
    CHECK(exceptions == std::map<std::string, std::string>{{"D0004 2026-11-16", "late"},
                                                           {"D0007 2026-11-17", "late"},
                                                           {"D0009 2026-11-17", "leave"},
                                                           {"D0011 2026-11-18", "absent"}});

    // 8 h on the first day, 6 h on the second, 6 h spread over the three days.
    const auto hoursOf = [&](const char* employeeNo) {
        return training::totalHundredths(
            training::studyHoursOf(db, people.findByEmployeeNo(employeeNo)->id));
    };
    CHECK(hoursOf("D0004") == 2000);  // late still counts
    CHECK(hoursOf("D0009") == 1200);  // 8 + 6 x 2/3, without the second day's 6
    CHECK(hoursOf("D0011") == 1800);  // 8 + 6 + 6 x 2/3
    CHECK(hoursOf("D0013") == 0);     // not on the roster

    // Adding the demo class again leaves the one class as it was.
    CHECK(addDemoClass(db).empty());
    CHECK(classes.list().size() == 1);
    CHECK(classes.attendance(found->id).size() == 36);
}
