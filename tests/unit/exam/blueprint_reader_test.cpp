#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "exam/blueprint_reader.h"

namespace {

using tqm::Diagnostic;
using namespace tqm::exam;

struct Problem {
    std::uint32_t line;
    std::uint32_t column;
    std::string code;
    std::string message;
    bool operator==(const Problem&) const = default;
};

std::vector<Problem> problems(const BlueprintReadResult& result) {
    std::vector<Problem> out;
    for (const Diagnostic& d : result.diagnostics) {
        CHECK(d.file == "exam.xml");
        out.push_back({d.line, d.column, d.code, d.message});
    }
    return out;
}

BlueprintReadResult read(std::string_view xml) {
    return readBlueprintBytes("exam.xml", xml);
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Problem> {
    static std::string convert(const Problem& p) {
        return "\n{" + std::to_string(p.line) + ", " + std::to_string(p.column) + ", \"" + p.code +
               "\", \"" + p.message + "\"}";
    }
};
}  // namespace Catch

TEST_CASE("a complete blueprint is read field by field") {
    const BlueprintReadResult result = read(R"(<?xml version="1.0" encoding="UTF-8"?>
<blueprint format="1" id="exam-1" bank="tqm-demo">
  <title>班组长考试</title>
  <description>  说明  </description>
  <options avoid-recent="3" shuffle-questions="true" shuffle-options="true" paper="per-person" ordering-scoring="per-position"/>
  <section title="一、单选题" type="single-choice" points="2.5">
    <fixed question="basics-001"/>
    <fixed question="basics-005"/>
    <draw count="2" category="tools" sub-categories="false" min-difficulty="2" max-difficulty="4">
      <tag>控制图</tag>
      <tag>排列图</tag>
      <position>班组长</position>
    </draw>
    <draw count="1"/>
  </section>
  <section title="二、排序题" type="ordering" points="0.25">
    <draw count="3" category="basics"/>
  </section>
</blueprint>
)");
    CHECK(result.diagnostics.empty());
    const Blueprint& b = result.blueprint;
    CHECK(b.fileName == "exam.xml");
    CHECK(b.id == "exam-1");
    CHECK(b.bankId == "tqm-demo");
    CHECK(b.title == "班组长考试");
    CHECK(b.description == "说明");
    CHECK(b.pos.line == 2);
    CHECK(b.pos.column == 1);
    CHECK(b.options.avoidRecentAttempts == 3);
    CHECK(b.options.shuffleQuestions);
    CHECK(b.options.shuffleOptions);
    CHECK(b.options.mode == PaperMode::PerPerson);
    CHECK(b.options.orderingScoring == OrderingScoring::PerPosition);
    REQUIRE(b.sections.size() == 2);
    const BlueprintSection& first = b.sections[0];
    CHECK(first.title == "一、单选题");
    CHECK(first.type == tqm::bank::QuestionType::SingleChoice);
    CHECK(first.pointsPerQuestion == 250);
    REQUIRE(first.fixed.size() == 2);
    CHECK(first.fixed[1].questionId == "basics-005");
    CHECK(first.fixed[1].pos.line == 8);
    CHECK(first.fixed[1].pos.column == 5);
    REQUIRE(first.rules.size() == 2);
    const DrawRule& rule = first.rules[0];
    CHECK(rule.count == 2);
    CHECK(rule.category == "tools");
    CHECK_FALSE(rule.includeSubCategories);
    CHECK(rule.minDifficulty == 2);
    CHECK(rule.maxDifficulty == 4);
    CHECK(rule.tags == std::vector<std::string>{"控制图", "排列图"});
    CHECK(rule.positions == std::vector<std::string>{"班组长"});
    CHECK(rule.pos.line == 9);
    CHECK(rule.pos.column == 5);
    CHECK(describeRule(rule, first.type) ==
          "category tools (without sub-categories), type 单选, difficulty 2-4, tags 控制图 or "
          "排列图, position 班组长");
    CHECK(describeRule(first.rules[1], first.type) == "the whole bank, type 单选");
    CHECK(first.rules[1].includeSubCategories);
    CHECK(first.questionCount() == 5);
    CHECK(first.totalPoints() == 1250);
    CHECK(b.sections[1].pointsPerQuestion == 25);
    CHECK(b.questionCount() == 8);
    CHECK(b.totalPoints() == 1325);
}

TEST_CASE("options left out mean one paper for all, in authored order, nothing avoided") {
    const BlueprintReadResult result = read(
        "<blueprint format=\"1\" id=\"e\" bank=\"b\"><title>T</title>"
        "<section title=\"S\" type=\"true-false\" points=\"1\"><draw count=\"1\"/></section>"
        "</blueprint>");
    CHECK(result.ok());
    const BlueprintOptions& options = result.blueprint.options;
    CHECK(options.avoidRecentAttempts == 0);
    CHECK_FALSE(options.shuffleQuestions);
    CHECK_FALSE(options.shuffleOptions);
    CHECK(options.mode == PaperMode::SamePaper);
    CHECK(options.orderingScoring == OrderingScoring::AllOrNothing);
}

TEST_CASE("every bad value in a blueprint is reported with its line and column") {
    const BlueprintReadResult result = read(R"(<blueprint format="1" id="e" bank="b">
  <title>考试</title>
  <options avoid-recent="-1" shuffle-questions="yes" paper="each"/>
  <section title="一、单选题" type="single" points="0">
    <draw count="0" category="basics"/>
    <draw count="two" min-difficulty="4" max-difficulty="2"/>
    <draw count="1" min-difficulty="6"/>
  </section>
  <section title="二、多选题" type="multiple-choice" points="2.555">
    <fixed question="a-1"/>
    <fixed question="a-1"/>
  </section>
  <section title="三、判断题" type="true-false" points="-1"/>
</blueprint>
)");
    CHECK_FALSE(result.ok());
    CHECK(problems(result) ==
          std::vector<Problem>{
              {3, 12, "invalid-value",
               "blueprint: avoid-recent \"-1\" is not valid; it must be a whole number from 0 "
               "(off) to 100"},
              {3, 30, "invalid-value",
               "blueprint: shuffle-questions \"yes\" is not valid; it must be true or false"},
              {3, 54, "invalid-value",
               "blueprint: paper \"each\" is not valid; it must be same or per-person"},
              {4, 26, "unknown-type",
               "section 1 \"一、单选题\": type \"single\" is not known; write single-choice, "
               "multiple-choice, true-false, fill-blank, ordering, matching or short-answer"},
              {4, 40, "points-not-positive",
               "section 1 \"一、单选题\": points \"0\" is not more than 0; each question must be "
               "worth something"},
              {5, 11, "zero-count",
               "section 1 \"一、单选题\", rule 1: count is 0; a rule draws at least 1 question"},
              {6, 11, "invalid-value",
               "section 1 \"一、单选题\", rule 2: count \"two\" is not valid; it must be a whole "
               "number from 1 to 10000"},
              {6, 23, "difficulty-range-reversed",
               "section 1 \"一、单选题\", rule 2: min-difficulty 4 is greater than "
               "max-difficulty 2"},
              {7, 21, "invalid-value",
               "section 1 \"一、单选题\", rule 3: min-difficulty \"6\" is not valid; it must be "
               "a whole number from 1 to 5"},
              {9, 49, "invalid-value",
               "section 2 \"二、多选题\": points \"2.555\" is not valid; it must be a number of "
               "points with at most two decimals, e.g. 2 or 2.5"},
              {11, 5, "duplicate-fixed",
               "section 2 \"二、多选题\": question \"a-1\" is already fixed at line 10; a "
               "question appears on a paper only once"},
              {13, 3, "empty-section",
               "section 3 \"三、判断题\": the section has no <fixed> question and no <draw> "
               "rule"},
              {13, 44, "points-not-positive",
               "section 3 \"三、判断题\": points \"-1\" is not more than 0; each question must be "
               "worth something"},
          });
}

TEST_CASE("a blueprint's structure problems are all reported") {
    const BlueprintReadResult result = read(R"(<blueprint id="e" bank="b" owner="x">
  <section title="S" type="true-false" points="1" weight="2">
    <draw count="1"><tag/><topic>PDCA</topic></draw>
    <fixed question="q1" extra="1"/>
  </section>
  <title>考试</title>
  <title>又一个</title>
  <remark/>
</blueprint>
)");
    CHECK(
        problems(result) ==
        std::vector<Problem>{
            {1, 1, "missing-attribute", "blueprint: <blueprint> has no \"format\" attribute"},
            {1, 28, "unknown-attribute", "blueprint: unknown attribute \"owner\" on <blueprint>"},
            {2, 51, "unknown-attribute",
             "section 1 \"S\": unknown attribute \"weight\" on <section>"},
            {3, 21, "empty-value", "section 1 \"S\", rule 1: <tag> is empty"},
            {3, 27, "unknown-element",
             "section 1 \"S\", rule 1: element <topic> is not allowed inside <draw>"},
            {4, 5, "misplaced-element",
             "section 1 \"S\": <fixed> must come before the <draw> rules"},
            {4, 26, "unknown-attribute", "section 1 \"S\": unknown attribute \"extra\" on <fixed>"},
            {6, 3, "misplaced-element",
             "blueprint: <title> is out of order; the order is <title>, <description>, "
             "<options>, then the <section> elements"},
            {7, 3, "duplicate-element",
             "blueprint: <title> appears more than once; only one is allowed"},
            {8, 3, "unknown-element",
             "blueprint: element <remark> is not allowed inside <blueprint>"},
        });
}

TEST_CASE("a blueprint that is not well-formed XML is reported at the parser's position") {
    const BlueprintReadResult result = read(
        "<blueprint format=\"1\" id=\"e\" bank=\"b\">\n"
        "  <title>考试</titel>\n"
        "</blueprint>\n");
    CHECK(problems(result) ==
          std::vector<Problem>{{2, 14, "not-well-formed",
                                "the file is not well-formed XML: start-end tags mismatch"}});
}

TEST_CASE("a blueprint file that is not UTF-8 is refused with the position of the first bad byte") {
    const BlueprintReadResult result = read("<blueprint>\n  <title>\xBF\xBC\xCA\xD4</title>");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "not-utf8");
    CHECK(result.diagnostics[0].line == 2);
    CHECK(result.diagnostics[0].column == 10);
    CHECK(result.diagnostics[0].message ==
          "the file is not UTF-8 (byte 0xBF starts no UTF-8 character) and looks GBK-encoded; "
          "convert it with `iconv -f GBK -t UTF-8 IN > OUT` or save it as UTF-8 in your editor");
}

TEST_CASE("another root element, another format and an empty file are named") {
    CHECK(problems(read("<bank format=\"1\"/>")) ==
          std::vector<Problem>{{1, 1, "wrong-root",
                                "the root element is <bank>, but a blueprint file's root element "
                                "is <blueprint>"}});
    CHECK(problems(read("<blueprint format=\"2\" id=\"e\" bank=\"b\"><title>T</title>"
                        "<section title=\"S\" type=\"ordering\" points=\"1\"><draw count=\"1\"/>"
                        "</section></blueprint>")) ==
          std::vector<Problem>{{1, 12, "unsupported-format",
                                "blueprint: format \"2\" is not supported; this program reads "
                                "format \"1\""}});
    CHECK(problems(read(" \n")) ==
          std::vector<Problem>{{1, 1, "not-well-formed",
                                "the file is empty; a blueprint file holds one <blueprint> "
                                "element"}});
    CHECK(problems(read("<blueprint format=\"1\" id=\"e\" bank=\"b\"/>")) ==
          std::vector<Problem>{
              {1, 1, "missing-element", "blueprint: <blueprint> has no <title>"},
              {1, 1, "missing-element",
               "blueprint: <blueprint> has no <section>; a paper needs at least one"}});
}

TEST_CASE("a blueprint file that cannot be opened is one cannot-read error") {
    const BlueprintReadResult result = readBlueprintFile("/nonexistent-dir/exam.xml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0] == Diagnostic{"/nonexistent-dir/exam.xml", 0, 0,
                                              tqm::Severity::Error, "cannot-read",
                                              "the file cannot be opened for reading"});
}

TEST_CASE("the demo blueprint reads without any problem") {
    const BlueprintReadResult result = readBlueprintFile(
        std::filesystem::path(TQM_SOURCE_DIR) / "question-bank/blueprints/tqm-demo-exam.xml");
    CHECK(result.diagnostics.empty());
    CHECK(result.blueprint.sections.size() == 7);
    CHECK(result.blueprint.questionCount() == 30);
    CHECK(result.blueprint.totalPoints() == 10000);
}
