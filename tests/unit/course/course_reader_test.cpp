// course/course_reader.h on the test courses: a valid catalog read completely, and each problem
// code with its exact file, line, column and message.
#include <catch2/catch.hpp>

#include "course/course_checks.h"
#include "course/course_reader.h"
#include "course_test_support.h"

using tqm::coursetest::coursesDir;
using tqm::coursetest::linesOf;
using Lines = std::vector<std::string>;

TEST_CASE("a valid catalog is read completely, with no problem") {
    const tqm::course::CatalogReadResult read = tqm::course::readCourses(coursesDir() / "library");
    CHECK(linesOf(read.diagnostics) == Lines{});
    REQUIRE(read.courses.size() == 2);

    const tqm::course::Course& pdca = read.courses[0];
    CHECK(pdca.id == "pdca");
    CHECK(pdca.version == "2.1.0");
    CHECK(pdca.titleZh == "PDCA与持续改进");
    CHECK(pdca.titleEn == "PDCA and Continual Improvement");
    CHECK(pdca.studyHours == 400);
    CHECK(pdca.prerequisites.size() == 1);
    CHECK(pdca.prerequisites[0].id == "tqm-basics");
    CHECK(pdca.bank.id == "course-demo");
    CHECK(pdca.categories.size() == 2);
    CHECK(pdca.quizBlueprint.id == "quiz-pdca");

    const tqm::course::Course& basics = read.courses[1];
    CHECK(basics.id == "tqm-basics");
    CHECK(basics.summary == "质量的概念、“三全”和质量管理的发展阶段。");
    CHECK(basics.studyHours == 150);
    CHECK(tqm::course::formatHours(basics.studyHours) == "1.5");
    CHECK(basics.positions == std::vector<std::string>{"班组长", "质量检验员"});
    REQUIRE(basics.lessons.size() == 2);
    CHECK(basics.lessons[1].id == "three-all");
    CHECK(basics.lessons[1].file == "lessons/02-three-all.md");
    CHECK(basics.lessons[1].minutes == 25);
    CHECK(basics.lessons[1].title == "三全");
    CHECK(basics.lessons[1].pos.line == 15);

    const tqm::course::QuestionSources sources = tqm::course::readQuestionSources(
        coursesDir() / "question-bank" / "banks", coursesDir() / "question-bank" / "blueprints");
    std::vector<tqm::Diagnostic> checks;
    tqm::course::checkQuestionSources(read.courses, sources, checks);
    CHECK(checks.empty());
    CHECK(sources.questionCount(pdca) == 3);
    CHECK(sources.questionCount(basics) == 3);
}

TEST_CASE("problems only the loader sees are reported with file, line, column and message") {
    const tqm::course::CheckedCatalog checked = tqm::course::checkCatalog(
        coursesDir() / "problems", coursesDir() / "question-bank" / "banks",
        coursesDir() / "question-bank" / "blueprints");
    CHECK(checked.catalog.courses.size() == 5);
    const std::vector<tqm::Diagnostic>& diagnostics = checked.diagnostics;
    CHECK(linesOf(diagnostics) ==
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
}

TEST_CASE("manifests that cannot be read or lack fields are reported, each problem once") {
    const tqm::course::CatalogReadResult read =
        tqm::course::readCourses(coursesDir() / "malformed");
    CHECK(linesOf(read.diagnostics) ==
          Lines{"malformed/bad-numbers/course.xml:2:9: error: unsupported-format: format \"2\" is "
                "not supported; this program reads format \"1\"",
                "malformed/bad-numbers/course.xml:6:3: error: bad-study-hours: study hours "
                "\"1.255\" is not a positive number with at most two decimals, such as 4 or 1.5",
                "malformed/bad-numbers/course.xml:8:44: error: bad-minutes: lesson \"zero\": "
                "minutes \"0\" is not a positive whole number",
                "malformed/bad-numbers/course.xml:11:45: error: bad-minutes: lesson \"words\": "
                "minutes \"forty\" is not a positive whole number",
                "malformed/duplicates/course.xml:11:5: error: duplicate-lesson: lesson id \"one\" "
                "is already used by the lesson on line 8",
                "malformed/duplicates/course.xml:14:24: error: duplicate-lesson: lesson \"three\": "
                "file \"lessons/./01.md\" is already the file of lesson \"one\" on line 8",
                "malformed/gbk/course.xml:3:23: error: not-utf8: the file is not UTF-8 (byte 0xD6 "
                "starts no UTF-8 character) and looks GBK-encoded; convert it with `iconv -f GBK "
                "-t UTF-8 IN > OUT` or save it as UTF-8 in your editor",
                "malformed/missing-fields/course.xml:2:1: error: missing-field: <course> has no "
                "version attribute, or it is empty",
                "malformed/missing-fields/course.xml:2:1: error: missing-field: <course> has no "
                "<title lang=\"en\">, or it is empty",
                "malformed/missing-fields/course.xml:2:1: error: missing-field: <course> has no "
                "<summary>, or it is empty",
                "malformed/missing-fields/course.xml:2:1: error: missing-field: <course> has no "
                "<quiz>",
                "malformed/missing-fields/course.xml:7:5: error: missing-field: <lesson> has no "
                "file attribute, or it is empty",
                "malformed/missing-fields/course.xml:11:3: error: missing-field: <questions> has "
                "no <category>; name at least one of the bank's categories",
                "malformed/not-well-formed/course.xml:4:3: error: not-well-formed: the manifest is "
                "not well-formed XML: start-end tags mismatch"});
}

TEST_CASE("a folder without course.xml is a cannot-read error when read as a course") {
    const tqm::course::CourseReadResult read =
        tqm::course::readCourse(coursesDir() / "question-bank");
    CHECK(linesOf(read.diagnostics) ==
          Lines{"question-bank/course.xml: error: cannot-read: the course manifest does not "
                "exist or cannot be opened for reading"});
    CHECK_FALSE(read.ok());
}
