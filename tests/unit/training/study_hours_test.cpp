// Study hours earned in classes and on one's own, each course counted once.
#include <catch2/catch.hpp>

#include "store/course_progress_repository.h"
#include "training/study_hours.h"
#include "training_fixture.h"

using tqm::store::StudyHoursRow;
using tqm::training::Attendance;
using tqm::training::HoursEntry;
using tqm::training::HoursSource;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

void attend(TrainingFixture& f, std::int64_t id, const char* on, Attendance status) {
    f.classes.mark(f.classId, {id, day(on), status});
}

}  // namespace

TEST_CASE(
    "a day's item earns its hours only when present or late that day; spread items pro rata") {
    TrainingFixture f;
    const auto id = f.idOf("A001");
    f.classes.addMember(f.classId, id);
    attend(f, id, "2026-11-02", Attendance::Late);
    attend(f, id, "2026-11-03", Attendance::Present);
    attend(f, id, "2026-11-04", Attendance::Leave);
    const auto c = *f.classes.find(f.classId);
    const auto entries = tqm::training::classHours(c, f.classes.attendance(f.classId), id);
    // 4 h on the first day; the lesson of the third day missed; 3 h × 2 of 3 days = 2 h.
    CHECK(entries == std::vector<HoursEntry>{
                         {id, "tqm-basics", day("2026-11-02"), 400, HoursSource::Class, f.classId},
                         {id, "qc-tools", day("2026-11-04"), 200, HoursSource::Class, f.classId}});
    CHECK(tqm::training::totalHundredths(entries) == 600);
}

TEST_CASE("a course earned in a class and alone counts once, from the source with more hours") {
    TrainingFixture f;
    const auto id = f.idOf("A002");
    f.classes.addMember(f.classId, id);
    for (const char* on : {"2026-11-02", "2026-11-03", "2026-11-04"})
        attend(f, id, on, Attendance::Present);
    tqm::store::CourseProgressRepository progress(f.db);
    // 2026-10-20 10:00 Beijing time: 02:00 UTC.
    progress.addStudyHours({id, "tqm-basics", "1.0", 250, 1792461600000});
    progress.addStudyHours({id, "qc-tools", "1.0", 450, 1792461600000});
    progress.addStudyHours({id, "5s", "1.0", 150, 1792461600000});
    const auto counted = tqm::training::studyHoursOf(f.db, id);
    CHECK(counted == std::vector<HoursEntry>{
                         {id, "5s", day("2026-10-20"), 150, HoursSource::SelfStudy, 0},
                         {id, "qc-tools", day("2026-10-20"), 450, HoursSource::SelfStudy, 0},
                         {id, "tqm-basics", day("2026-11-02"), 400, HoursSource::Class, f.classId},
                         {id, "spc", day("2026-11-04"), 200, HoursSource::Class, f.classId}});
    CHECK(tqm::training::totalHundredths(counted) == 1200);
}
