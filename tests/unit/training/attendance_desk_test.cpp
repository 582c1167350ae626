// Signing in by 工号 as a keyboard or a barcode scanner types it.
#include <catch2/catch.hpp>

#include "training/attendance_desk.h"
#include "training_fixture.h"

using tqm::store::MarkOutcome;
using tqm::training::Attendance;
using tqm::training::Refusal;
using tqm::training::RefusalCode;
using tqm::training::SignIn;
using tqm::training::signIn;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

TEST_CASE("signing in twice on a day records one mark and says the second changed nothing") {
    TrainingFixture f;
    f.classes.addMember(f.classId, f.idOf("A001"));
    const auto first = signIn(f.db, f.classId, " Ａ001 ", day("2026-11-02"), Attendance::Present);
    REQUIRE(std::holds_alternative<SignIn>(first));
    CHECK(std::get<SignIn>(first).name == "张伟");
    CHECK(std::get<SignIn>(first).outcome == MarkOutcome::Added);
    const auto second = signIn(f.db, f.classId, "A001", day("2026-11-02"), Attendance::Present);
    CHECK(std::get<SignIn>(second).outcome == MarkOutcome::Unchanged);
    CHECK(f.count("training_attendance") == 1);
}

TEST_CASE("a 工号 not on the class roster is refused with the person named and nothing written") {
    TrainingFixture f;
    const auto refused = signIn(f.db, f.classId, "B002", day("2026-11-02"), Attendance::Late);
    REQUIRE(std::holds_alternative<Refusal>(refused));
    CHECK(std::get<Refusal>(refused) ==
          Refusal{RefusalCode::NotOnRoster, "B002 刘洋 is not on the roster of this class"});
    const auto unknown = signIn(f.db, f.classId, "Z999", day("2026-11-02"), Attendance::Late);
    CHECK(std::get<Refusal>(unknown).code == RefusalCode::UnknownPerson);
    CHECK(f.count("training_attendance") == 0);
}

TEST_CASE("attendance words are read in English and as Chinese sign-in sheets write them") {
    using tqm::training::parseAttendance;
    CHECK(parseAttendance("迟到") == Attendance::Late);
    CHECK(parseAttendance(" 请假 ") == Attendance::Leave);
    CHECK(parseAttendance("旷课") == Attendance::Absent);
    CHECK(parseAttendance("present") == Attendance::Present);
    CHECK_FALSE(parseAttendance("早退"));
}
