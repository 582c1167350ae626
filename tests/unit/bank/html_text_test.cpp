#include <catch2/catch.hpp>

#include "bank/interchange/common/html_text.h"
#include "bank/interchange/moodle/moodle_cloze.h"

using namespace tqm::bank;

TEST_CASE("line breaks come from br and block elements, not from source newlines") {
    CHECK(htmlToText("<p>甲\n乙</p><div>丙<br/>丁</div>").text == "甲 乙\n丙\n丁");
    CHECK(htmlToText("甲\n乙", HtmlNewlines::Keep).text == "甲\n乙");
}

TEST_CASE("entities are decoded and broken references stay as written") {
    CHECK(htmlToText("&#20013;&#x6587; &lt;&gt; &ldquo;x&rdquo; &bogus; a & b").text ==
          "中文 <> \u201Cx\u201D &bogus; a & b");
    CHECK(decodeHtmlEntities("&#0;&#xD800;") == "\uFFFD\uFFFD");
}

TEST_CASE("scripts, styles and comments disappear with their content") {
    CHECK(htmlToText("a<SCRIPT type=\"x\">if (a > b) {}</script>b<!-- c -->d<style>p{}</style>")
              .text == "abd");
    CHECK(htmlToText("x < y").text == "x < y");
}

TEST_CASE("embedded file references are removed from the text") {
    CHECK(htmlToText("看图 @@PLUGINFILE@@/a%20b.png 后回答").text == "看图  后回答");
    CHECK(htmlToText("<img src=\"@@PLUGINFILE@@/x.jpg\" alt=\"x\">图").externalImages.empty());
}

TEST_CASE("the spaces around a removed image collapse into one space") {
    CHECK(htmlToText("Moodle&nbsp;<img src=\"@@PLUGINFILE@@/logo.jpg\" /> is").text == "Moodle is");
    CHECK(htmlToText("甲 &nbsp;<img src=\"a.png\">&nbsp;&nbsp; 乙").text == "甲 乙");
    CHECK(htmlToText("甲<img src=\"a.png\">乙").text == "甲乙");
    CHECK(htmlToText("<p><img src=\"a.png\"> 图</p>").text == "图");
    CHECK(htmlToText("甲&nbsp;&nbsp;乙").text == "甲  乙");
}

TEST_CASE("text escaped as HTML reads back unchanged, apart from surrounding spaces") {
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"a  b", "a  b"},
        {" lead", "lead"},
        {"trail ", "trail"},
        {"tab\there", "tab\there"},
        {"<b>&amp;</b>", "<b>&amp;</b>"},
        {"行一\n\n  行三", "行一\n\n  行三"},
        {"\"q\"", "\"q\""}};
    for (const auto& [text, expected] : cases) {
        INFO(text);
        CHECK(htmlToText(textToHtml(text)).text == expected);
    }
}

TEST_CASE("a cloze marker for answers with special characters parses back to the answers") {
    Blank blank;
    blank.accepted = {"a}b", "c~d#e", "x\\y/z", "<&>"};
    const std::string marker = clozeMarkerFor(blank, false);
    CHECK(marker == "{1:SHORTANSWER:=a\\}b~=c\\~d\\#e~=x\\\\y\\/z~=&lt;&amp;&gt;}");
    const auto markers = findClozeMarkers("前 " + marker + " 后");
    REQUIRE(markers.size() == 1);
    CHECK(markers[0].offset == 4);
    CHECK(markers[0].length == marker.size());
    CHECK(markers[0].kind == ClozeKind::ShortAnswer);
    REQUIRE(markers[0].answers.size() == 4);
    CHECK(markers[0].answers[0].text == "a}b");
    CHECK(markers[0].answers[1].text == "c~d#e");
    CHECK(markers[0].answers[2].text == "x\\y/z");
    CHECK(markers[0].answers[3].text == "<&>");
    CHECK(markers[0].answers[3].fraction == 100.0);
}

TEST_CASE("feedback and partial grades in cloze answers are read") {
    const auto markers = findClozeMarkers("{2:MCV:%50%半对#一半~=全对#好~错}{:SA:=&#20013;}");
    REQUIRE(markers.size() == 2);
    CHECK(markers[0].kind == ClozeKind::Menu);
    REQUIRE(markers[0].answers.size() == 3);
    CHECK(markers[0].answers[0].text == "半对");
    CHECK(markers[0].answers[0].fraction == 50.0);
    CHECK(markers[0].answers[2].fraction == 0.0);
    CHECK(markers[1].answers.at(0).text == "中");
}
