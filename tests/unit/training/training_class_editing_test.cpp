// Correcting a training class after it was made: its fields and plan rewritten, a person taken
// off the roster with their marks, and a mark cleared; the refusals write nothing.
#include <catch2/catch.hpp>

#include "training_fixture.h"

using tqm::training::Attendance;
using tqm::training::RefusalCode;
using tqm::trainingtest::day;
using tqm::trainingtest::qualityClass;
using tqm::trainingtest::TrainingFixture;

TEST_CASE("updating a class rewrites its fields and replaces its whole plan") {
    TrainingFixture f;
    auto edited = *f.classes.find(f.classId);
    edited.name = "质量管理骨干培训班";
    edited.place = "三号培训室";
    edited.teachers = {"赵工"};
    edited.endDate = day("2026-11-05");
    edited.plan = {{"spc", "", "统计过程控制", day("2026-11-05"), 150}};
    REQUIRE_FALSE(f.classes.update(edited));
    CHECK(*f.classes.find(f.classId) == edited);
    CHECK(f.count("training_class_course") == 1);
}

TEST_CASE("an update is refused for a code another class has and writes nothing") {
    TrainingFixture f;
    auto other = qualityClass();
    other.code = "2026-Q4-02";
    other.plan.clear();
    REQUIRE(std::holds_alternative<std::int64_t>(f.classes.create(other)));
    auto edited = *f.classes.find(f.classId);
    edited.code = "2026-Q4-02";
    edited.name = "改名";
    const auto refusal = f.classes.update(edited);
    REQUIRE(refusal);
    CHECK(refusal->code == RefusalCode::DuplicateCode);
    CHECK(f.classes.find(f.classId)->name == "班组长质量管理培训班");
}

TEST_CASE("an update that would leave a recorded mark outside the class's days is refused") {
    TrainingFixture f;
    const auto person = f.idOf("A001");
    f.classes.addMember(f.classId, person);
    f.classes.mark(f.classId, {person, day("2026-11-04"), Attendance::Present});
    auto edited = *f.classes.find(f.classId);
    edited.endDate = day("2026-11-03");
    edited.plan.clear();
    const auto refusal = f.classes.update(edited);
    REQUIRE(refusal);
    CHECK(refusal->code == RefusalCode::DayOutsideClass);
    CHECK(refusal->message ==
          "attendance is recorded on 2026-11-04, outside 2026-11-02 to 2026-11-03; clear those "
          "marks first");
    CHECK(f.classes.find(f.classId)->endDate == day("2026-11-04"));
    CHECK(f.count("training_class_course") == 3);
}

TEST_CASE("an update of an unknown class is refused") {
    TrainingFixture f;
    auto edited = qualityClass();
    edited.id = 99;
    const auto refusal = f.classes.update(edited);
    REQUIRE(refusal);
    CHECK(refusal->code == RefusalCode::UnknownClass);
}

TEST_CASE("removing a person from the roster removes their marks too") {
    TrainingFixture f;
    const auto a = f.idOf("A001");
    const auto b = f.idOf("B001");
    f.classes.addMember(f.classId, a);
    f.classes.addMember(f.classId, b);
    f.classes.mark(f.classId, {a, day("2026-11-02"), Attendance::Late});
    f.classes.mark(f.classId, {b, day("2026-11-02"), Attendance::Present});
    REQUIRE_FALSE(f.classes.removeMember(f.classId, a));
    CHECK(f.classes.members(f.classId) == std::vector<std::int64_t>{b});
    CHECK(f.classes.attendance(f.classId) ==
          std::vector<tqm::training::AttendanceMark>{{b, day("2026-11-02"), Attendance::Present}});
    const auto again = f.classes.removeMember(f.classId, a);
    REQUIRE(again);
    CHECK(again->code == RefusalCode::NotOnRoster);
}

TEST_CASE("clearing a mark leaves the person unmarked on that day only") {
    TrainingFixture f;
    const auto a = f.idOf("A001");
    f.classes.addMember(f.classId, a);
    f.classes.mark(f.classId, {a, day("2026-11-02"), Attendance::Absent});
    f.classes.mark(f.classId, {a, day("2026-11-03"), Attendance::Present});
    CHECK(f.classes.unmark(f.classId, a, day("2026-11-02")));
    CHECK_FALSE(f.classes.unmark(f.classId, a, day("2026-11-02")));
    CHECK(f.classes.attendance(f.classId) ==
          std::vector<tqm::training::AttendanceMark>{{a, day("2026-11-03"), Attendance::Present}});
}
