// course/course_checks.h: prerequisite cycles found and named once each.
#include <catch2/catch.hpp>

#include "course/course_checks.h"

using tqm::course::Course;
using Cycles = std::vector<std::vector<std::string>>;

namespace {

Course courseRequiring(std::string id, std::vector<std::string> prerequisites) {
    Course course;
    course.id = std::move(id);
    course.manifestFile = course.id + "/course.xml";
    std::uint32_t line = 8;
    for (std::string& prerequisite : prerequisites)
        course.prerequisites.push_back({std::move(prerequisite), {line++, 17}});
    return course;
}

}  // namespace

TEST_CASE("every group of courses that require each other is named once, in course order") {
    const std::vector<Course> courses{
        courseRequiring("a", {"b"}),      courseRequiring("b", {"c"}),
        courseRequiring("c", {"a", "d"}), courseRequiring("d", {}),
        courseRequiring("e", {"a", "e"}), courseRequiring("f", {"g"}),
        courseRequiring("g", {"f"}),
    };
    CHECK(tqm::course::prerequisiteCycles(courses) ==
          Cycles{{"a", "b", "c", "a"}, {"e", "e"}, {"f", "g", "f"}});

    std::vector<tqm::Diagnostic> diagnostics;
    tqm::course::checkPrerequisites(courses, diagnostics);
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0] == tqm::Diagnostic{"a/course.xml", 8, 17, tqm::Severity::Error,
                                            "prerequisite-cycle",
                                            "course \"a\" requires itself: a → b → c → a"});
    CHECK(diagnostics[1] == tqm::Diagnostic{"e/course.xml", 9, 17, tqm::Severity::Error,
                                            "prerequisite-cycle",
                                            "course \"e\" requires itself: e → e"});
    CHECK(diagnostics[2].message == "course \"f\" requires itself: f → g → f");
}

TEST_CASE("prerequisites without a cycle are not reported") {
    const std::vector<Course> courses{courseRequiring("pdca", {"tqm-basics"}),
                                      courseRequiring("spc", {"pdca", "tqm-basics"}),
                                      courseRequiring("tqm-basics", {})};
    CHECK(tqm::course::prerequisiteCycles(courses).empty());
    std::vector<tqm::Diagnostic> diagnostics;
    tqm::course::checkPrerequisites(courses, diagnostics);
    CHECK(diagnostics.empty());
}

TEST_CASE(
    "study order puts every course after its prerequisites and keeps folder order otherwise") {
    std::vector<Course> courses{courseRequiring("excellence", {"iso9001"}),
                                courseRequiring("iso9001", {"tqm-basics"}),
                                courseRequiring("lean", {"unknown-course"}),
                                courseRequiring("pdca", {"tqm-basics"}),
                                courseRequiring("tqm-basics", {}),
                                courseRequiring("x", {"y"}),
                                courseRequiring("y", {"x"})};
    std::vector<std::string> ids;
    for (const Course& course : tqm::course::inStudyOrder(std::move(courses)))
        ids.push_back(course.id);
    // A prerequisite no course in the folder defines does not hold a course back; courses in a
    // cycle come last.
    CHECK(ids == std::vector<std::string>{"lean", "tqm-basics", "iso9001", "excellence", "pdca",
                                          "x", "y"});
}
