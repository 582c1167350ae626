// Training classes in the database: the class and its plan read back as written, the roster,
// one attendance mark per person and day, and the refusals that write nothing.
#include <catch2/catch.hpp>

#include "training_fixture.h"

using tqm::store::MarkOutcome;
using tqm::training::Attendance;
using tqm::training::Refusal;
using tqm::training::RefusalCode;
using tqm::trainingtest::day;
using tqm::trainingtest::qualityClass;
using tqm::trainingtest::TrainingFixture;

namespace {

template <typename T>
RefusalCode refusalOf(const std::variant<T, Refusal>& written) {
    REQUIRE(std::holds_alternative<Refusal>(written));
    return std::get<Refusal>(written).code;
}

}  // namespace

TEST_CASE("a training class reads back with its plan, teachers and dates as written") {
    TrainingFixture f;
    const auto found = f.classes.findByCode("2026-Q4-01");
    REQUIRE(found);
    auto expected = qualityClass();
    expected.id = f.classId;
    CHECK(*found == expected);
    CHECK(f.db.schemaVersion() == 12);
    CHECK(f.count("training_class_course") == 3);
}

TEST_CASE("a class is refused for a taken code, reversed dates or a plan day outside it") {
    TrainingFixture f;
    CHECK(refusalOf(f.classes.create(qualityClass())) == RefusalCode::DuplicateCode);
    auto reversed = qualityClass();
    reversed.code = "2026-Q4-02";
    reversed.endDate = day("2026-11-01");
    CHECK(refusalOf(f.classes.create(reversed)) == RefusalCode::DatesOutOfOrder);
    auto outside = qualityClass();
    outside.code = "2026-Q4-03";
    outside.plan[0].day = day("2026-11-05");
    const auto written = f.classes.create(outside);
    CHECK(refusalOf(written) == RefusalCode::DayOutsideClass);
    CHECK(std::get<Refusal>(written).message ==
          "course tqm-basics is planned on 2026-11-05, outside training class 2026-Q4-03");
    CHECK(f.count("training_class") == 1);
    CHECK(f.count("training_class_course") == 3);
}

TEST_CASE("joining a roster twice leaves one roster row") {
    TrainingFixture f;
    const auto id = f.idOf("B001");
    CHECK(std::get<MarkOutcome>(f.classes.addMember(f.classId, id)) == MarkOutcome::Added);
    CHECK(std::get<MarkOutcome>(f.classes.addMember(f.classId, id)) == MarkOutcome::Unchanged);
    CHECK(f.classes.members(f.classId) == std::vector<std::int64_t>{id});
    CHECK(f.classes.classesOf(id) == std::vector<std::int64_t>{f.classId});
    CHECK(refusalOf(f.classes.addMember(99, id)) == RefusalCode::UnknownClass);
    CHECK(refusalOf(f.classes.addMember(f.classId, 999)) == RefusalCode::UnknownPerson);
}

TEST_CASE(
    "one attendance mark per person and day: the same again is unchanged, another replaces it") {
    TrainingFixture f;
    const auto id = f.idOf("A001");
    f.classes.addMember(f.classId, id);
    const tqm::training::AttendanceMark late{id, day("2026-11-03"), Attendance::Late};
    CHECK(std::get<MarkOutcome>(f.classes.mark(f.classId, late)) == MarkOutcome::Added);
    CHECK(std::get<MarkOutcome>(f.classes.mark(f.classId, late)) == MarkOutcome::Unchanged);
    const tqm::training::AttendanceMark present{id, day("2026-11-03"), Attendance::Present};
    CHECK(std::get<MarkOutcome>(f.classes.mark(f.classId, present)) == MarkOutcome::Changed);
    CHECK(f.classes.attendance(f.classId) == std::vector{present});
    CHECK(f.db.sql().execAndGet("SELECT status FROM training_attendance").getString() == "present");
}

TEST_CASE("a mark is refused for someone off the roster or a day outside the class") {
    TrainingFixture f;
    const auto id = f.idOf("A002");
    const auto offRoster = f.classes.mark(f.classId, {id, day("2026-11-02"), Attendance::Present});
    CHECK(refusalOf(offRoster) == RefusalCode::NotOnRoster);
    f.classes.addMember(f.classId, id);
    const auto outside = f.classes.mark(f.classId, {id, day("2026-11-05"), Attendance::Present});
    CHECK(refusalOf(outside) == RefusalCode::DayOutsideClass);
    CHECK(std::get<Refusal>(outside).message ==
          "2026-11-05 is not a day of training class 2026-Q4-01 (2026-11-02 to 2026-11-04)");
    CHECK(f.count("training_attendance") == 0);
}

TEST_CASE("the closing summary and the exams of a class are kept") {
    TrainingFixture f;
    CHECK_FALSE(f.classes.setSummary(f.classId, "全员结业。"));
    CHECK(f.classes.find(f.classId)->summary == "全员结业。");
    CHECK(f.classes.setSummary(42, "x")->code == RefusalCode::UnknownClass);
    CHECK(f.classes.addExam(f.classId, 7)->code == RefusalCode::UnknownExam);
    CHECK(f.classes.exams(f.classId).empty());
}
