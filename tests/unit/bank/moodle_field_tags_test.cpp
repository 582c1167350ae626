// Difficulty, source and key positions travel through Moodle XML as tags with a reserved prefix;
// a bank's version and organization cannot, and the export says so.
#include <catch2/catch.hpp>

#include "bank/interchange/moodle/moodle_xml.h"
#include "moodle_test_support.h"

using namespace tqm;
using namespace tqm::bank;
using tqm::bank::testing::codesOf;
using tqm::bank::testing::quiz;

namespace {

// A true/false question "T" with these <tag> texts; it starts on line 3, column 1.
ImportResult importWithTags(std::initializer_list<std::string_view> tags) {
    std::string xml =
        "<question type=\"truefalse\">\n<name><text>T</text></name>\n"
        "<questiontext format=\"html\"><text>PDCA</text></questiontext>\n"
        "<answer fraction=\"100\"><text>true</text></answer>\n"
        "<answer fraction=\"0\"><text>false</text></answer>\n<tags>\n";
    for (const std::string_view tag : tags)
        xml += "<tag><text>" + std::string(tag) + "</text></tag>\n";
    return importMoodleXml(quiz(xml + "</tags>\n</question>\n"), "tags.xml");
}

Bank oneQuestionBank() {
    Bank bank;
    bank.id = bank.keep("b");
    bank.version = bank.keep("1.0.0");
    bank.title = bank.keep("B");
    bank.language = bank.keep("zh-CN");
    Category basics;
    basics.id = bank.keep("basics");
    basics.title = bank.keep("基础");
    bank.categories.push_back(basics);
    Question q;
    q.id = bank.keep("tf");
    q.type = QuestionType::TrueFalse;
    q.stem = bank.keep("PDCA");
    q.category = bank.keep("basics");
    q.pos = {7, 5};
    bank.questions.push_back(q);
    bank.reindex();
    return bank;
}

}  // namespace

TEST_CASE("reserved tags set difficulty, source and positions and are not kept as tags") {
    const ImportResult r =
        importWithTags({"tqm-difficulty:4", "tqm-source:GB/T 19001-2016 7.1.5", "PDCA",
                        "tqm-position:质量检验员", "tqm-position:班组长"});
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.difficulty == 4);
    CHECK(q.source == "GB/T 19001-2016 7.1.5");
    CHECK(q.positions == std::vector<std::string_view>{"质量检验员", "班组长"});
    CHECK(q.tags == std::vector<std::string_view>{"PDCA"});
}

TEST_CASE("a reserved tag with an unusable value is a warning and the question is still imported") {
    const ImportResult r = importWithTags(
        {"tqm-difficulty:9", "tqm-position:", "tqm-source:GB/T 19000", "tqm-source:ISO 9000"});
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.difficulty == 3);
    CHECK(q.source == "GB/T 19000");
    CHECK(q.positions.empty());
    CHECK(q.tags.empty());
    REQUIRE(r.diagnostics.size() == 3);
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.severity == Severity::Warning);
        CHECK(d.code == "moodle-invalid-field-tag");
        CHECK(d.line == 3);
        CHECK(d.column == 1);
    }
    CHECK(r.diagnostics[0].message ==
          "question \"T\": tag \"tqm-difficulty:9\" does not give a difficulty from 1 to 5; the "
          "difficulty stays 3");
    CHECK(r.diagnostics[1].message ==
          "question \"T\": tag \"tqm-position:\" has nothing after its prefix; it was left out");
    CHECK(r.diagnostics[2].message ==
          "question \"T\": tag \"tqm-source:ISO 9000\" gives a second source; the first, "
          "\"GB/T 19000\", is kept");
}

TEST_CASE("the export writes difficulty, source and positions as reserved tags after the tags") {
    Bank bank = oneQuestionBank();
    Question& q = bank.questions[0];
    q.difficulty = 5;
    q.source = bank.keep("GB/T 19001-2016 7.1.5");
    q.positions = {bank.keep("质量检验员")};
    q.tags = {bank.keep("PDCA")};
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(bank, {}, problems);
    CHECK(problems.empty());
    CHECK(xml.find("<tags>\n      <tag>\n        <text>PDCA</text>\n      </tag>\n"
                   "      <tag>\n        <text>tqm-difficulty:5</text>\n      </tag>\n"
                   "      <tag>\n        <text>tqm-source:GB/T 19001-2016 7.1.5</text>\n"
                   "      </tag>\n      <tag>\n        <text>tqm-position:质量检验员</text>\n"
                   "      </tag>\n    </tags>") != std::string::npos);
}

TEST_CASE("a tag longer than Moodle's 50 characters is exported with a warning") {
    Bank bank = oneQuestionBank();
    // "tqm-source:" and 40 Chinese characters: 51 characters.
    std::string source;
    for (int i = 0; i < 40; ++i) source += "标";
    bank.questions[0].source = bank.keep(source);
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(bank, {}, problems);
    CHECK(xml.find("<text>tqm-source:" + source + "</text>") != std::string::npos);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "moodle-tag-too-long");
    CHECK(problems[0].line == 7);
    CHECK(problems[0].column == 5);
    CHECK(problems[0].message ==
          "question \"tf\": tag \"tqm-source:" + source +
              "\" has 51 characters; Moodle keeps only the first 50 of a tag");
}

TEST_CASE("a bank's organization and a version other than 1.0.0 give one warning on export") {
    Bank bank = oneQuestionBank();
    std::vector<Diagnostic> problems;
    exportMoodleXml(bank, {}, problems);
    CHECK(problems.empty());

    bank.version = bank.keep("1.2.0");
    bank.organization = bank.keep("质量部");
    exportMoodleXml(bank, {}, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].code == "moodle-bank-fields-lost");
    CHECK(problems[0].line == 0);
    CHECK(problems[0].message ==
          "Moodle XML has no place for a bank's version or organization, so the bank's version "
          "\"1.2.0\" and organization \"质量部\" cannot come back from Moodle");
}
