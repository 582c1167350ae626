// course/lesson_markdown.h: the lesson's title and images as md4c finds them, image paths in the
// course folder, and the HTML of the lesson view.
#include <catch2/catch.hpp>

#include "course/course_reader.h"
#include "course/lesson_markdown.h"
#include "course_test_support.h"

using tqm::coursetest::coursesDir;
namespace fs = std::filesystem;

TEST_CASE("a lesson's title is the text of the level-1 heading it starts with") {
    CHECK(tqm::course::outlineLesson("\n# PDCA *循环*与`戴明环`\n\n正文\n").title ==
          "PDCA 循环与戴明环");
    CHECK(tqm::course::outlineLesson("## 二级标题\n").title == std::nullopt);
    CHECK(tqm::course::outlineLesson("正文\n\n# 标题\n").title == std::nullopt);
    CHECK(tqm::course::outlineLesson("").title == std::nullopt);
}

TEST_CASE("images are found by the Markdown parser, with the line and column of their path") {
    const tqm::course::LessonOutline outline = tqm::course::outlineLesson(
        "# 图\n"
        "\n"
        "`![代码里不是图](a.png)`\n"
        "见图：![图 1](../images/a.png) 与 ![图 2](<../images/b c.png>)\n"
        "\n"
        "![图 3][ref]\n"
        "\n"
        "[ref]: ../images/d.png\n");
    REQUIRE(outline.images.size() == 3);
    CHECK(outline.images[0].src == "../images/a.png");
    CHECK((outline.images[0].pos.line == 4 && outline.images[0].pos.column == 11));
    CHECK(outline.images[1].src == "../images/b c.png");
    CHECK((outline.images[1].pos.line == 4 && outline.images[1].pos.column == 38));
    CHECK(outline.images[2].src == "../images/d.png");
    CHECK((outline.images[2].pos.line == 8 && outline.images[2].pos.column == 8));
}

TEST_CASE("an image path names a file only when it is relative and stays in the course folder") {
    const fs::path course = "content/pdca";
    const fs::path lessons = course / "lessons";
    CHECK(tqm::course::imageFile("../images/a.png", lessons, course) ==
          fs::path("content/pdca/images/a.png"));
    CHECK(tqm::course::imageFile("../images/%E5%9B%BE%201.png", lessons, course) ==
          fs::path("content/pdca/images/图 1.png"));
    CHECK(tqm::course::imageFile("../../tqm-basics/images/a.png", lessons, course) == std::nullopt);
    CHECK(tqm::course::imageFile("/etc/a.png", lessons, course) == std::nullopt);
    CHECK(tqm::course::imageFile("http://example.com/a.png", lessons, course) == std::nullopt);
    CHECK(tqm::course::imageFile("", lessons, course) == std::nullopt);
    CHECK(tqm::course::fileUrl("/srv/课件/a b.png") == "file:///srv/%E8%AF%BE%E4%BB%B6/a%20b.png");
}

TEST_CASE("a lesson with a table and an image renders to HTML with the image's file URL") {
    const tqm::course::CourseReadResult read =
        tqm::course::readCourse(coursesDir() / "library" / "tqm-basics");
    REQUIRE(read.ok());
    const std::optional<std::string> html =
        tqm::course::renderLesson(read.course, read.course.lessons[0]);
    const std::string image =
        "file://" + (coursesDir() / "library" / "tqm-basics" / "images" / "pareto.png").string();
    CHECK(html.value_or("none") ==
          "<h1>什么是质量</h1>\n"
          "<p>质量是一组固有<strong>特性</strong>满足要求的程度。</p>\n"
          "<table>\n"
          "<thead>\n"
          "<tr>\n"
          "<th>阶段</th>\n"
          "<th align=\"right\">年代</th>\n"
          "</tr>\n"
          "</thead>\n"
          "<tbody>\n"
          "<tr>\n"
          "<td>质量检验</td>\n"
          "<td align=\"right\">1920</td>\n"
          "</tr>\n"
          "<tr>\n"
          "<td>统计质量控制</td>\n"
          "<td align=\"right\">1940</td>\n"
          "</tr>\n"
          "</tbody>\n"
          "</table>\n"
          "<p><img src=\"" +
              image +
              "\" alt=\"图 1 排列图\"></p>\n"
              "<h2>参考资料</h2>\n"
              "<ul>\n"
              "<li>GB/T 19000-2016 3.6.2</li>\n"
              "</ul>\n");
}

TEST_CASE("raw HTML in a lesson is shown as text, and an image outside the course is kept as is") {
    CHECK(tqm::course::lessonHtml("<b>粗</b> ![x](../../a.png)\n", "c/lessons", "c") ==
          "<p>&lt;b&gt;粗&lt;/b&gt; <img src=\"../../a.png\" alt=\"x\"></p>\n");
}
