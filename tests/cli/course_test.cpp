// tqm course lint and tqm course list, on the test courses in tests/data/courses/.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::linesOf;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

std::filesystem::path coursesDir() {
    return dataDir().parent_path() / "courses";
}

}  // namespace

TEST_CASE("course lint of valid courses prints no problem, a summary, and exits 0") {
    const auto run = runTqm({"course", "lint", "library"}, coursesDir());
    CHECK(run.out.empty());
    CHECK(run.err == "library: 2 courses, 0 errors, 0 warnings\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("course lint prints every problem with file, line, column and code, and exits 1") {
    const auto run = runTqm({"course", "lint", "problems"}, coursesDir());
    CHECK(linesOf(run.out) ==
          Lines{"problems/broken/course.xml:11:25: error: missing-lesson: lesson \"absent\": file "
                "\"lessons/09-absent.md\" does not exist in the course folder",
                "problems/broken/course.xml:23:15: error: unknown-category: bank \"course-demo\" "
                "has no category \"nope\"",
                "problems/broken/course.xml:25:9: error: unknown-blueprint: no blueprint in the "
                "blueprints folder has the id \"quiz-nope\"",
                "problems/broken/lessons/01-images.md:5:24: error: broken-image: image "
                "\"../images/missing.png\" does not exist in the course folder",
                "problems/broken/lessons/01-images.md:7:16: error: broken-image: image "
                "\"../../loop/images/x.png\" is not a path inside the course folder; write a "
                "relative path such as ../images/figure.png",
                "problems/broken/lessons/01-images.md:8:11: error: broken-image: image "
                "\"https://example.com/a.png\" is not a path inside the course folder; write a "
                "relative path such as ../images/figure.png",
                "problems/broken/lessons/02-untitled.md:1:1: error: lesson-without-title: the "
                "lesson does not start with a level-1 heading (# and its title)",
                "problems/broken/lessons/03-gbk.md:1:3: error: not-utf8: the file is not UTF-8 "
                "(byte 0xD6 starts no UTF-8 character) and looks GBK-encoded; convert it with "
                "`iconv -f GBK -t UTF-8 IN > OUT` or save it as UTF-8 in your editor",
                "problems/cycle-a/course.xml:8:13: error: prerequisite-cycle: course \"cycle-a\" "
                "requires itself: cycle-a → cycle-b → cycle-a",
                "problems/cycle-a/course.xml:15:14: error: unknown-bank: no bank in the banks "
                "folder has the id \"no-such-bank\"",
                "problems/cycle-b/course.xml:8:13: error: unknown-prerequisite: prerequisite "
                "\"ghost\" is not a course in the content folder",
                "problems/loop/course.xml:8:13: error: prerequisite-cycle: course \"loop\" "
                "requires itself: loop → loop",
                "problems/renamed/course.xml:2:20: error: course-id-mismatch: the course id "
                "\"old-name\" is not the folder's name \"renamed\"; rename one of them"});
    CHECK(run.err == "problems: 5 courses, 13 errors, 0 warnings\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("course lint takes the banks and blueprints folders from --banks and --blueprints") {
    const auto run = runTqm(
        {"course", "lint", "library", "--banks", "library/pdca", "--blueprints", "no-such-folder"},
        coursesDir());
    CHECK(linesOf(run.out) ==
          Lines{"library/pdca/course.xml:15:14: error: unknown-bank: no bank in the banks "
                "folder has the id \"course-demo\"",
                "library/pdca/course.xml:19:9: error: unknown-blueprint: no blueprint in the "
                "blueprints folder has the id \"quiz-pdca\"",
                "library/tqm-basics/course.xml:19:14: error: unknown-bank: no bank in the banks "
                "folder has the id \"course-demo\"",
                "library/tqm-basics/course.xml:22:9: error: unknown-blueprint: no blueprint in "
                "the blueprints folder has the id \"quiz-basics\"",
                "no-such-folder: error: cannot-read: the blueprints folder does not exist or "
                "cannot be read"});
    CHECK(run.err == "library: 2 courses, 5 errors, 0 warnings\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("course list prints id, title, lessons, study hours and questions per course") {
    const auto run = runTqm({"course", "list", "library"}, coursesDir());
    CHECK(linesOf(run.out) ==
          Lines{"pdca\tPDCA与持续改进\t1\t4\t3", "tqm-basics\t全面质量管理基础\t2\t1.5\t3"});
    CHECK(run.err == "2 courses\n");
    CHECK(run.exitCode == 0);

    const auto problems = runTqm({"course", "list", "problems"}, coursesDir());
    CHECK(linesOf(problems.out).size() == 5);
    CHECK(problems.err == "5 courses; the courses have errors: run tqm course lint\n");
    CHECK(problems.exitCode == 0);
}

TEST_CASE("course list --json prints the courses as a JSON document") {
    const auto run = runTqm({"course", "list", "library", "--json"}, coursesDir());
    CHECK(nlohmann::json::parse(run.out) == nlohmann::json::parse(R"({"courses": [
        {"id": "pdca", "title": "PDCA与持续改进", "title_en": "PDCA and Continual Improvement",
         "lessons": 1, "study_hours": 4, "bank": "course-demo", "questions": 3},
        {"id": "tqm-basics", "title": "全面质量管理基础",
         "title_en": "Basics of Total Quality Management", "lessons": 2, "study_hours": 1.5,
         "bank": "course-demo", "questions": 3}]})"));
    CHECK(run.out.find("\"study_hours\": 4,") != std::string::npos);
    CHECK(run.exitCode == 0);
}

TEST_CASE("without DIR the content folder is found above the current folder") {
    const TempDir dir;
    namespace fs = std::filesystem;
    fs::create_directories(dir / "content" / "schema");
    fs::copy_file(
        dataDir().parent_path().parent_path().parent_path() / "content" / "schema" / "course.xsd",
        dir / "content" / "schema" / "course.xsd");
    fs::copy(coursesDir() / "library" / "tqm-basics", dir / "content" / "tqm-basics",
             fs::copy_options::recursive);
    fs::copy(coursesDir() / "question-bank", dir / "question-bank", fs::copy_options::recursive);

    const auto list = runTqm({"course", "list"}, dir / "content" / "tqm-basics" / "lessons");
    CHECK(list.out == "tqm-basics\t全面质量管理基础\t2\t1.5\t3\n");
    CHECK(list.err == "1 course\n");
    CHECK(list.exitCode == 0);

    const auto lint = runTqm({"course", "lint"}, dir.path());
    CHECK(lint.out.empty());
    CHECK(lint.err == "content: 1 course, 0 errors, 0 warnings\n");
    CHECK(lint.exitCode == 0);
}
