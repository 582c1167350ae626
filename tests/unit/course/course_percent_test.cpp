// How far through a course a person is, as Home shows it.
#include <catch2/catch.hpp>

#include "course/course_progress.h"

TEST_CASE("a course's percentage finished is rounded down so that only every lesson makes 100") {
    tqm::course::CourseStatus status;
    CHECK(status.percentFinished() == 0);
    status.lessonCount = 3;
    status.lessonsFinished = 1;
    CHECK(status.percentFinished() == 33);
    status.lessonsFinished = 2;
    CHECK(status.percentFinished() == 66);
    status.lessonsFinished = 3;
    CHECK(status.percentFinished() == 100);
}
