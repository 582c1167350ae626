// The Moodle XML import's mapping rules, one small inline quiz per rule. Every question starts on
// line 3, column 1.
#include <catch2/catch.hpp>

#include <initializer_list>

#include "bank/interchange/moodle/moodle_xml.h"
#include "moodle_test_support.h"

using namespace tqm;
using namespace tqm::bank;
using tqm::bank::testing::codesOf;
using tqm::bank::testing::quiz;

namespace {

ImportResult importQuestions(std::string_view questions) {
    return importMoodleXml(quiz(questions), "inline.xml");
}

// A multichoice question "Q" with answers A, B, C, ... carrying `fractions`.
std::string multichoice(bool single, std::initializer_list<std::string_view> fractions) {
    std::string xml =
        "<question type=\"multichoice\">\n<name><text>Q</text></name>\n"
        "<questiontext format=\"html\"><text>Pick</text></questiontext>\n"
        "<single>" +
        std::string(single ? "true" : "false") + "</single>\n";
    char letter = 'A';
    for (const std::string_view f : fractions) {
        xml += "<answer fraction=\"" + std::string(f) + "\"><text>" + std::string(1, letter++) +
               "</text></answer>\n";
    }
    return xml + "</question>\n";
}

std::vector<bool> correctness(const Question& q) {
    std::vector<bool> out;
    for (const Choice& c : q.choices) out.push_back(c.correct);
    return out;
}

}  // namespace

TEST_CASE("a multiple-answer question with equal shares and negative wrong answers is partial") {
    const ImportResult r = importQuestions(multichoice(false, {"50", "-100", "50", "0"}));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::MultipleChoice);
    CHECK(q.scoring == MultipleChoiceScoring::Partial);
    CHECK(correctness(q) == std::vector<bool>{true, false, true, false});
}

TEST_CASE("unequal positive fractions adding up to 100 are evened under partial scoring") {
    const ImportResult r = importQuestions(multichoice(false, {"50", "30", "20", "-100"}));
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].scoring == MultipleChoiceScoring::Partial);
    CHECK(correctness(r.bank.questions[0]) == std::vector<bool>{true, true, true, false});
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].code == "moodle-weights-evened");
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 1);
    CHECK(r.diagnostics[0].message ==
          "question \"Q\": the correct answers carry unequal fractions (50, 30, 20); under partial "
          "scoring each correct option earns an equal share");
}

TEST_CASE("thirds written as Moodle writes them are equal shares") {
    const ImportResult r =
        importQuestions(multichoice(false, {"33.33333", "33.33333", "33.33333", "-100"}));
    CHECK(r.diagnostics.empty());
    CHECK(r.bank.questions.at(0).scoring == MultipleChoiceScoring::Partial);
}

TEST_CASE("a fraction outside Moodle's list is an error naming what Moodle allows") {
    const ImportResult r = importQuestions(multichoice(true, {"100", "33.3", "abc"}));
    CHECK(r.imported == 0);
    CHECK(r.rejected == 1);
    REQUIRE(r.diagnostics.size() == 2);
    const std::string allowed =
        "Moodle requires one of 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, "
        "30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 or 0 (or the negative of one of "
        "them)";
    CHECK(r.diagnostics[0].code == "moodle-invalid-fraction");
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].message ==
          "question \"Q\": answer 2 (\"B\") has fraction 33.3, which Moodle does not accept; " +
              allowed);
    CHECK(r.diagnostics[1].message ==
          "question \"Q\": answer 3 (\"C\") has fraction \"abc\", which Moodle does not accept; " +
              allowed);
}

TEST_CASE("a single-answer question without a 100% answer is an error") {
    const ImportResult r = importQuestions(multichoice(true, {"50", "0", "0"}));
    CHECK(r.imported == 0);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-no-correct-answer");
    CHECK(r.diagnostics[0].message ==
          "question \"Q\": no answer is worth 100%; Moodle requires a single-answer multichoice "
          "question to have an answer with fraction 100");
}

TEST_CASE("a multiple-answer question whose positive fractions miss 100 is an error") {
    const ImportResult r = importQuestions(multichoice(false, {"50", "40", "0"}));
    CHECK(r.imported == 0);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-fractions-sum");
    CHECK(r.diagnostics[0].message ==
          "question \"Q\": the positive fractions add up to 90%; Moodle requires the correct "
          "answers of a multiple-answer question to add up to 100%");
}

TEST_CASE("a multiple-answer question with one correct answer becomes a single choice") {
    const ImportResult r = importQuestions(multichoice(false, {"0", "100", "-50"}));
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].type == QuestionType::SingleChoice);
    CHECK(correctness(r.bank.questions[0]) == std::vector<bool>{false, true, false});
    CHECK(codesOf(r.diagnostics) == std::vector<std::string>{"moodle-one-correct-answer"});
}

TEST_CASE("partial-credit answers of a single-answer question count as wrong, with a warning") {
    const ImportResult r = importQuestions(multichoice(true, {"100", "50", "0"}));
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(correctness(r.bank.questions[0]) == std::vector<bool>{true, false, false});
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-partial-answers-dropped");
    CHECK(r.diagnostics[0].message ==
          "question \"Q\": partial-credit answers \"B\" (50%) have no equivalent here; they count "
          "as wrong options");
}

TEST_CASE("the all-or-nothing multichoiceset type is an all-or-nothing multiple choice") {
    std::string xml = multichoice(false, {"50", "0", "50"});
    xml.replace(xml.find("multichoice"), 11, "multichoiceset");
    const ImportResult r = importQuestions(xml);
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].type == QuestionType::MultipleChoice);
    CHECK(r.bank.questions[0].scoring == MultipleChoiceScoring::AllOrNothing);
    CHECK(correctness(r.bank.questions[0]) == std::vector<bool>{true, false, true});
}

TEST_CASE("a shortanswer is a one-blank fill-in, partial answers dropped with a warning") {
    const ImportResult r = importQuestions(R"(<question type="shortanswer">
<name><text>PDCA</text></name>
<questiontext format="html"><text><![CDATA[<p>PDCA 的第二阶段是 ____。</p>]]></text></questiontext>
<usecase>1</usecase>
<answer fraction="100"><text>实施</text></answer>
<answer fraction="100"><text>Do</text></answer>
<answer fraction="50"><text>做</text></answer>
<answer fraction="100"><text>D\*</text></answer>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::FillBlank);
    CHECK(q.stem == "PDCA 的第二阶段是 ____。");
    CHECK(q.caseSensitive);
    REQUIRE(q.blanks.size() == 1);
    CHECK(q.blanks[0].accepted == std::vector<std::string_view>{"实施", "Do", "D*"});
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-partial-answers-dropped");
    CHECK(
        r.diagnostics[0].message ==
        "question \"PDCA\": partial-credit answers \"做\" (50%) have no equivalent here; only the "
        "answers worth 100% are accepted");
}

TEST_CASE("a numerical question keeps the 100% answer and its tolerance") {
    const ImportResult r = importQuestions(R"(<question type="numerical">
<name><text>Cpk</text></name>
<questiontext format="html"><text>Cpk = ?</text></questiontext>
<defaultgrade>2.0000000</defaultgrade>
<answer fraction="100"><text>1.33</text><tolerance>0.01</tolerance></answer>
<answer fraction="50"><text>1.3</text><tolerance>0.1</tolerance></answer>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::FillBlank);
    CHECK(q.points == 2.0);
    REQUIRE(q.blanks.size() == 1);
    CHECK(q.blanks[0].number == 1.33);
    CHECK(q.blanks[0].tolerance == 0.01);
    CHECK(q.blanks[0].accepted.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-numerical-answers-dropped");
    CHECK(r.diagnostics[0].message ==
          "question \"Cpk\": only the answer worth 100% is kept; answers \"1.3\" (50%) were "
          "dropped");
}

TEST_CASE("matching pairs keep their prompts and empty-prompt distractors are dropped") {
    const ImportResult r = importQuestions(R"(<question type="matching">
<name><text>Tools</text></name>
<questiontext format="html"><text>Match</text></questiontext>
<subquestion format="html"><text><![CDATA[<p>排列图</p>]]></text><answer><text>找出主要问题</text></answer></subquestion>
<subquestion format="html"><text>因果图</text><answer><text>分析原因</text></answer></subquestion>
<subquestion format="html"><text></text><answer><text>预测销量</text></answer></subquestion>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::Matching);
    REQUIRE(q.pairs.size() == 2);
    CHECK(q.pairs[0].prompt == "排列图");
    CHECK(q.pairs[0].answer == "找出主要问题");
    CHECK(q.pairs[1].prompt == "因果图");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-distractors-dropped");
    CHECK(r.diagnostics[0].message ==
          "question \"Tools\": the extra answers \"预测销量\" match no prompt; a matching question "
          "here has no distractors, so they were dropped");
}

TEST_CASE("an essay becomes a short answer with its grader information") {
    const ImportResult r = importQuestions(R"(<question type="essay">
<name><text>Why</text></name>
<questiontext format="html"><text>Explain PDCA.</text></questiontext>
<graderinfo format="html"><text><![CDATA[<p>Reference answer:</p><p>Plan, do, check, act.</p><p>Grading notes:</p><p>Four stages.</p>]]></text></graderinfo>
<responsetemplate format="html"><text>Write here</text></responsetemplate>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].type == QuestionType::ShortAnswer);
    CHECK(r.bank.questions[0].referenceAnswer == "Plan, do, check, act.");
    CHECK(r.bank.questions[0].gradingNotes == "Four stages.");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("description and unknown types are rejected by name, never dropped silently") {
    const ImportResult r = importQuestions(R"(<question type="description">
<name><text>Intro</text></name>
</question>
<question type="ddwtos">
<name><text>Drag</text></name>
</question>
)");
    CHECK(r.imported == 0);
    CHECK(r.rejected == 2);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].code == "moodle-unsupported-type");
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].message ==
          "question \"Intro\": a Moodle description is text shown between questions and has no "
          "answer; it was not imported");
    CHECK(r.diagnostics[1].line == 6);
    CHECK(r.diagnostics[1].message ==
          "question \"Drag\": Moodle question type \"ddwtos\" has no equivalent here; it was not "
          "imported");
}

TEST_CASE("a cloze question with short-answer and numerical blanks is a fill-in with blanks") {
    const ImportResult r = importQuestions(R"(<question type="cloze">
<name><text>PDCA cloze</text></name>
<questiontext format="html"><text><![CDATA[<p>计划、{1:SHORTANSWER:=实施~=执行~%50%做}、检查；Cpk={2:NUMERICAL:=1.33:0.01}</p>]]></text></questiontext>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::FillBlank);
    CHECK(q.stem == "计划、____、检查；Cpk=____");
    CHECK(q.points == 3.0);
    REQUIRE(q.blanks.size() == 2);
    CHECK(q.blanks[0].accepted == std::vector<std::string_view>{"实施", "执行"});
    CHECK(q.blanks[1].number == 1.33);
    CHECK(q.blanks[1].tolerance == 0.01);
    CHECK(codesOf(r.diagnostics) == std::vector<std::string>{"moodle-partial-answers-dropped"});
}

TEST_CASE("questions before any category go to the default category, ids stay unique") {
    const ImportResult r = importQuestions(R"(<question type="truefalse">
<name><text>Same</text></name>
<questiontext><text>A</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question>
<question type="truefalse">
<name><text>Same</text></name>
<questiontext><text>B</text></questiontext>
<answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer>
</question>
)");
    REQUIRE(r.bank.questions.size() == 2);
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "default");
    CHECK(r.bank.questions[0].category == "default");
    CHECK(r.bank.questions[1].id == std::string(r.bank.questions[0].id) + "-2");
}

TEST_CASE("HTML in Moodle text is reduced to safe plain text") {
    const ImportResult r = importQuestions(R"(<question type="truefalse">
<name><text>Html</text></name>
<questiontext format="html"><text><![CDATA[<script>alert("x")</script><p>第一行<br>第二行 &amp; &lt;b&gt;</p><ul><li>甲</li><li>乙</li></ul><style>p{}</style><img src="https://example.com/x.png">]]></text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question>
)");
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].stem == "第一行\n第二行 & <b>\n甲\n乙");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "moodle-external-image");
    CHECK(r.diagnostics[0].message ==
          "question \"Html\": the image \"https://example.com/x.png\" is not embedded in the "
          "file; it was left out");
}
