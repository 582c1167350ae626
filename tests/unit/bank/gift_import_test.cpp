#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bank/interchange/gift/gift.h"
#include "bank/native_reader.h"
#include "bank/native_writer.h"
#include "import_test_support.h"

using tqm::bank::Blank;
using tqm::bank::importGift;
using tqm::bank::ImportResult;
using tqm::bank::MultipleChoiceScoring;
using tqm::bank::Question;
using tqm::bank::QuestionType;

using namespace tqm::bank::testing;

namespace {

ImportResult gift(std::string_view text) {
    return importGift(text, "t.gift");
}

std::string readFixture() {
    std::ifstream in(TQM_FIXTURES_DIR "/moodle/gift/questions.gift.txt", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("Moodle's GIFT test file imports as nine questions of six kinds") {
    const std::string bytes = readFixture();
    REQUIRE(!bytes.empty());
    const ImportResult r = importGift(bytes, "questions.gift.txt");
    CHECK(r.imported == 9);
    CHECK(r.rejected == 0);
    CHECK(r.bank.id == "questions");
    CHECK(r.bank.language == "en");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "uncategorized");
    CHECK(r.bank.categories[0].title == "未分类");
    REQUIRE(r.bank.questions.size() == 9);
    const auto& q = r.bank.questions;
    for (const Question& each : q) CHECK(each.category == "uncategorized");

    CHECK(q[0].id == "q8");
    CHECK(q[0].title == "Q8");
    CHECK(q[0].type == QuestionType::ShortAnswer);
    CHECK(q[0].stem == "How are you?");
    CHECK((q[0].pos.line == 2 && q[0].pos.column == 1));

    CHECK(q[1].id == "moodle-activities");
    CHECK(q[1].type == QuestionType::Matching);
    CHECK(q[1].stem == "Match the activity to the description.");
    REQUIRE(q[1].pairs.size() == 4);
    CHECK(q[1].pairs[0].prompt == "An activity supporting asynchronous discussions.");
    CHECK(q[1].pairs[0].answer == "Forum");
    CHECK(q[1].pairs[1].prompt ==
          "A teacher asks a question and specifies a choice of multiple responses.");
    CHECK(q[1].pairs[1].answer == "Choice");
    CHECK(q[1].pairs[2].prompt == "A bank of record entries which participants can add to.");
    CHECK(q[1].pairs[2].answer == "Database");
    CHECK(q[1].pairs[3].prompt == "A collection of web pages that anyone can add to or edit.");
    CHECK(q[1].pairs[3].answer == "Wiki");

    CHECK(q[2].id == "q2");
    CHECK(q[2].type == QuestionType::SingleChoice);
    CHECK(q[2].stem == "What's between orange and green in the spectrum?");
    CHECK(choices(q[2]) == std::vector<std::pair<std::string, bool>>{
                               {"yellow", true}, {"red", false}, {"blue", false}});

    CHECK(q[3].id == "colours");
    CHECK(q[3].type == QuestionType::MultipleChoice);
    CHECK(q[3].scoring == MultipleChoiceScoring::Partial);
    CHECK(choices(q[3]) ==
          std::vector<std::pair<std::string, bool>>{
              {"yellow", true}, {"red", false}, {"off-beige", true}, {"blue", false}});

    CHECK(q[4].id == "q5");
    CHECK(q[4].type == QuestionType::FillBlank);
    CHECK(q[4].stem == "What is a number from 1 to 5? ____\";");
    REQUIRE(q[4].blanks.size() == 1);
    CHECK(q[4].blanks[0].number == 3.0);
    CHECK(q[4].blanks[0].tolerance == 2.0);
    CHECK(q[4].blanks[0].accepted.empty());

    CHECK(q[5].id == "shortanswer");
    CHECK(q[5].type == QuestionType::FillBlank);
    CHECK(q[5].stem == "Which is the best animal?");
    REQUIRE(q[5].blanks.size() == 1);
    CHECK(texts(q[5].blanks[0].accepted) == std::vector<std::string>{"Frog"});
    CHECK_FALSE(q[5].caseSensitive);

    CHECK(q[6].id == "q1");
    CHECK(q[6].type == QuestionType::TrueFalse);
    CHECK_FALSE(q[6].answerTrue);
    CHECK(q[6].stem == "42 is the Absolute Answer to everything.____\";");
    CHECK(q[6].explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference.");

    CHECK(q[7].id == "2-08-tsl");
    CHECK(q[7].title == "2-08 TSL");
    CHECK(q[7].type == QuestionType::TrueFalse);
    CHECK(q[7].answerTrue);
    CHECK(q[7].stem == "TSL is blablabla.");
    CHECK(q[8].id == "2-08-tsl-2");
    CHECK(q[8].answerTrue);
    CHECK((q[8].pos.line == 49 && q[8].pos.column == 1));

    const std::string f = "questions.gift.txt:";
    CHECK(messages(r) ==
          std::vector<std::string>{
              f + "2:1: warning: gift-no-reference: question \"Q8\": an essay has no reference "
                  "answer (write one after ####); add it to the bank before the question is "
                  "marked",
              f + "5:1: warning: gift-matching-extra-dropped: question \"Moodle activities\": a "
                  "bank matching question has no extra wrong answers, so \"Chat\" (without a "
                  "prompt) was dropped",
              f + "14:1: warning: gift-feedback-dropped: question \"Q2\": a bank question keeps "
                  "one explanation, not feedback per answer; 3 answer feedbacks were dropped",
              f + "22:1: warning: gift-feedback-dropped: question \"colours\": a bank question "
                  "keeps one explanation, not feedback per answer; 4 answer feedbacks were dropped",
              f + "31:1: warning: gift-feedback-dropped: question \"Q5\": a bank question keeps "
                  "one explanation, not feedback per answer; 1 answer feedback was dropped",
              f + "34:1: warning: gift-partial-credit-dropped: question \"Shortanswer\": the bank "
                  "gives no partial credit for single answers, so \"Cat\" (50%) is now treated as "
                  "wrong",
              f + "34:1: warning: gift-feedback-dropped: question \"Shortanswer\": a bank question "
                  "keeps one explanation, not feedback per answer; 3 answer feedbacks were dropped",
              f + "41:1: warning: gift-feedback-dropped: question \"Q1\": a bank question keeps "
                  "one explanation, not feedback per answer; 2 answer feedbacks were dropped",
              f + "49:1: warning: near-duplicate: question \"2-08-tsl-2\": the stem is nearly the "
                  "same as question \"2-08-tsl\" on line 46",
          });
}

TEST_CASE("a GIFT question with = and ~ answers is single choice, Chinese text kept") {
    const ImportResult r =
        gift("::排列图::排列图主要用于？{=找出主要问题 ~分析因果关系 ~监控过程}");
    const Question& q = only(r);
    CHECK(q.type == QuestionType::SingleChoice);
    CHECK(q.id == "q-d90440d2");
    CHECK(q.title == "排列图");
    CHECK(q.stem == "排列图主要用于？");
    CHECK(choices(q) == std::vector<std::pair<std::string, bool>>{
                            {"找出主要问题", true}, {"分析因果关系", false}, {"监控过程", false}});
    CHECK(r.bank.language == "zh-CN");
}

TEST_CASE("GIFT answers with equal positive weights become partial-scored multiple choice") {
    const ImportResult result = gift("老七种工具包括？{~%50%排列图 ~%50%因果图 ~%-100%甘特图}");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::MultipleChoice);
    CHECK(q.scoring == MultipleChoiceScoring::Partial);
    CHECK(choices(q) == std::vector<std::pair<std::string, bool>>{
                            {"排列图", true}, {"因果图", true}, {"甘特图", false}});
}

TEST_CASE("GIFT weights of one third each add up to 100 within rounding") {
    const ImportResult result = gift("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::MultipleChoice);
}

TEST_CASE("GIFT right answers with unequal weights are scored as equal shares, with a warning") {
    const ImportResult r = gift("::W::Pick {~%70%a ~%30%b ~c}");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "t.gift:1:1: warning: gift-unequal-weights: question \"W\": the right answers have "
              "different weights; the bank's partial scoring gives each right answer an equal "
              "share"});
    CHECK(r.imported == 1);
    CHECK(r.bank.questions[0].scoring == MultipleChoiceScoring::Partial);
}

TEST_CASE("GIFT weights that do not add up to 100 are an error naming the question") {
    const ImportResult r = gift("// a comment line\n::Bad weights::Pick {~%50%a ~%30%b ~c}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:2:1: error: gift-bad-weights: question \"Bad weights\": the "
                             "positive weights add up to 80%; they must add up to 100%"});
    CHECK(r.imported == 0);
    CHECK(r.rejected == 1);
}

TEST_CASE("a GIFT weight that is not a number is an error") {
    const ImportResult r = gift("::X::Pick {~%half%a ~%50%b}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: error: gift-bad-weights: question \"X\": the weight in "
                             "\"%half%a\" is not a percentage like %50%"});
}

TEST_CASE("a GIFT choice question without a right answer is an error") {
    const ImportResult r = gift("::X::Pick {~a ~b}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: error: gift-no-correct-answer: question \"X\": no answer "
                             "is marked right; mark one with = or give weights such as ~%50%"});
}

TEST_CASE("a GIFT single-answer question with two = answers is an error") {
    const ImportResult r = gift("::X::Pick {=a =b ~c}");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "t.gift:1:1: error: gift-several-correct: question \"X\": 2 answers are marked "
              "right with =; a question with several right answers gives each a weight such as "
              "~%50%"});
}

TEST_CASE("partial credit on a wrong GIFT option is dropped with a warning") {
    const ImportResult r = gift("::X::Pick {=a ~%50%b ~c}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: warning: gift-partial-credit-dropped: question \"X\": "
                             "the bank gives no partial credit for single answers, so \"b\" (50%) "
                             "is now treated as wrong"});
    CHECK(choices(r.bank.questions.at(0)) ==
          std::vector<std::pair<std::string, bool>>{{"a", true}, {"b", false}, {"c", false}});
}

TEST_CASE("GIFT true/false accepts T, TRUE, F and FALSE in any case") {
    const ImportResult r = gift("A {T}\n\nB {TRUE}\n\nC {F}\n\nD {false}");
    CHECK(messages(r) == std::vector<std::string>{});
    REQUIRE(r.bank.questions.size() == 4);
    for (const Question& q : r.bank.questions) CHECK(q.type == QuestionType::TrueFalse);
    CHECK(r.bank.questions[0].answerTrue);
    CHECK(r.bank.questions[1].answerTrue);
    CHECK_FALSE(r.bank.questions[2].answerTrue);
    CHECK_FALSE(r.bank.questions[3].answerTrue);
    CHECK(r.bank.questions[3].pos.line == 7);
}

TEST_CASE("a GIFT short answer becomes a one-blank fill-blank question with every = accepted") {
    const ImportResult result = gift("PDCA中D代表什么？{=实施 =执行 =Do}");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::FillBlank);
    CHECK(q.stem == "PDCA中D代表什么？");
    REQUIRE(q.blanks.size() == 1);
    CHECK(texts(q.blanks[0].accepted) == std::vector<std::string>{"实施", "执行", "Do"});
}

TEST_CASE("a GIFT missing-word question marks the gap in the stem with ____") {
    const ImportResult result = gift("PDCA循环的第二个阶段是{=实施 =执行}阶段。");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::FillBlank);
    CHECK(q.stem == "PDCA循环的第二个阶段是____阶段。");
    const ImportResult choiceResult =
        gift("Gandhi's birthday is a holiday in {~Mar =Oct ~Dec} in India.");
    const Question& c = only(choiceResult);
    CHECK(c.type == QuestionType::SingleChoice);
    CHECK(c.stem == "Gandhi's birthday is a holiday in ____ in India.");
}

TEST_CASE("a GIFT matching question keeps its pairs in order") {
    const ImportResult result = gift("连线：{=排列图 -> 找出主要问题 =因果图 -> 分析原因}");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::Matching);
    REQUIRE(q.pairs.size() == 2);
    CHECK(q.pairs[0].prompt == "排列图");
    CHECK(q.pairs[0].answer == "找出主要问题");
    CHECK(q.pairs[1].prompt == "因果图");
    CHECK(q.pairs[1].answer == "分析原因");
}

TEST_CASE("a GIFT matching answer without -> is an error") {
    const ImportResult r = gift("::M::Match {=a -> 1 =b 2}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: error: gift-bad-matching: question \"M\": the answer "
                             "\"b 2\" has no \"->\"; matching answers are written =prompt -> "
                             "answer"});
}

TEST_CASE("GIFT numerical answers become numeric blanks") {
    SECTION("value and tolerance") {
        const ImportResult result = gift("π? {#3.14:0.01}");
        const Question& q = only(result);
        REQUIRE(q.blanks.size() == 1);
        CHECK(q.blanks[0].number == 3.14);
        CHECK(q.blanks[0].tolerance == 0.01);
    }
    SECTION("a range is its middle with half its width") {
        const ImportResult result = gift("1 to 5? {#1..5}");
        const Question& q = only(result);
        CHECK(q.blanks[0].number == 3.0);
        CHECK(q.blanks[0].tolerance == 2.0);
    }
    SECTION("an exact value") {
        const ImportResult result = gift("Cpk? {#1.33}");
        const Question& q = only(result);
        CHECK(q.blanks[0].number == 1.33);
        CHECK(q.blanks[0].tolerance == 0.0);
    }
    SECTION("of several answers the one worth 100% is kept") {
        const ImportResult r = gift("::N::Year? {#=%50%1960:5 =1969:0}");
        CHECK(messages(r) == std::vector<std::string>{
                                 "t.gift:1:1: warning: gift-partial-credit-dropped: question "
                                 "\"N\": the bank gives no partial credit for single answers, so "
                                 "\"1960:5\" (50%) is now treated as wrong"});
        CHECK(r.bank.questions.at(0).blanks.at(0).number == 1969.0);
    }
}

TEST_CASE("a GIFT numerical answer that is not a number is an error") {
    const ImportResult r = gift("::N::How many? {#three}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: error: gift-bad-number: question \"N\": \"three\" is not "
                             "a numerical answer; write #3.14:0.01 (value and tolerance), #1..5 "
                             "(a range) or #42"});
}

TEST_CASE("a GIFT essay becomes a short-answer question, its general feedback is the reference") {
    const ImportResult result = gift("简述PDCA循环。{####计划、实施、检查、处置。}");
    const Question& q = only(result);
    CHECK(q.type == QuestionType::ShortAnswer);
    CHECK(q.stem == "简述PDCA循环。");
    CHECK(q.referenceAnswer == "计划、实施、检查、处置。");
    CHECK(q.explanation.empty());
}

TEST_CASE(
    "a GIFT essay without general feedback is imported with a warning that it lacks a reference") {
    const ImportResult r = gift("::E::简述PDCA循环。{}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:1: warning: gift-no-reference: question \"E\": an essay "
                             "has no reference answer (write one after ####); add it to the bank "
                             "before the question is marked"});
    CHECK(r.imported == 1);
}

TEST_CASE("GIFT general feedback after #### becomes the explanation") {
    const ImportResult result = gift("PDCA? {=Plan Do Check Act ####Deming's cycle.}");
    const Question& q = only(result);
    CHECK(q.explanation == "Deming's cycle.");
}

TEST_CASE("a GIFT text without braces is a description and is not imported") {
    const ImportResult r = gift("This section is about the seven basic quality tools.");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "t.gift:1:1: warning: gift-description: question \"This section is about th…\": it "
              "has no answer section {...}: it is a description, not a question, and was not "
              "imported"});
    CHECK(r.imported == 0);
    CHECK(r.rejected == 1);
}

TEST_CASE("GIFT categories become the category tree, without Moodle's $course$ and top") {
    const ImportResult r = gift(
        "$CATEGORY: $course$/top/Quality tools/Seven basic tools\n\n::A::Pareto? {T}\n\n"
        "$CATEGORY: 质量管理//基础\n::B::三全? {T}");
    CHECK(messages(r) == std::vector<std::string>{});
    REQUIRE(r.bank.categories.size() == 2);
    const auto& tools = r.bank.categories[0];
    CHECK(tools.id == "quality-tools");
    CHECK(tools.title == "Quality tools");
    CHECK((tools.pos.line == 1 && tools.pos.column == 1));
    REQUIRE(tools.children.size() == 1);
    CHECK(tools.children[0].id == "quality-tools.seven-basic-tools");
    CHECK(tools.children[0].title == "Seven basic tools");
    CHECK(r.bank.categories[1].title == "质量管理/基础");
    CHECK(r.bank.categories[1].id == "c12cadba2");
    CHECK(r.bank.questions.at(0).category == "quality-tools.seven-basic-tools");
    CHECK(r.bank.questions.at(1).category == "c12cadba2");
    CHECK(r.bank.questions.at(1).pos.line == 6);
}

TEST_CASE("GIFT escapes stand for the characters themselves and \\n for a line break") {
    const ImportResult result = gift("::a\\:b::Line one\\nline two \\{x\\} {=a\\=b ~c\\~d ~e\\#f}");
    const Question& q = only(result);
    CHECK(q.title == "a:b");
    CHECK(q.stem == "Line one\nline two {x}");
    CHECK(choices(q) ==
          std::vector<std::pair<std::string, bool>>{{"a=b", true}, {"c~d", false}, {"e#f", false}});
}

TEST_CASE("GIFT [html] text is reduced to plain text, other format prefixes are removed") {
    const ImportResult result =
        gift("[html]<p>Use &lt;b&gt; &amp; <b>bold</b></p>{=[markdown]*yes* ~[plain]no}");
    const Question& q = only(result);
    CHECK(q.stem == "Use <b> & bold");
    CHECK(choices(q) == std::vector<std::pair<std::string, bool>>{{"*yes*", true}, {"no", false}});
}

TEST_CASE("a GIFT file with a BOM and CRLF line ends reads like any other") {
    const ImportResult r = gift("\xEF\xBB\xBF::Q::A?{T}\r\n\r\n  ::R::B?{F}\r\n");
    CHECK(messages(r) == std::vector<std::string>{});
    REQUIRE(r.bank.questions.size() == 2);
    CHECK(r.bank.questions[0].stem == "A?");
    CHECK((r.bank.questions[1].pos.line == 3 && r.bank.questions[1].pos.column == 3));
}

TEST_CASE("an untitled GIFT question gets an id derived from its stem, the same every time") {
    const ImportResult first = gift("What is TQM? {=Total quality management ~Other}");
    const ImportResult second = gift("What is TQM? {=Total quality management ~Other}");
    CHECK(only(first).id == "q-bfe25687");
    CHECK(only(second).id == only(first).id);
}

TEST_CASE("every broken GIFT question is reported and the good ones are still imported") {
    const ImportResult r = gift(
        "::Open::Never closed {=a ~b\n\n"
        "::Stray::A } here\n\n"
        "::Untitled\n\n"
        "::Word::Which colour? {yellow}\n\n"
        "::Twice::A {T} and B {F}\n\n"
        "::Empty::Pick {=a ~}\n\n"
        "::Run-on::Q1 {=a ~b\n::Q2::Next {T}\n\n"
        "::Good::Still imported {T}");
    const std::string f = "t.gift:";
    CHECK(messages(r) ==
          std::vector<std::string>{
              f + "1:1: error: gift-unclosed-brace: question \"Open\": the answer section opened "
                  "with { is not closed with }",
              f + "3:1: error: gift-unexpected-brace: question \"Stray\": it has a } without a {",
              f + "5:1: error: gift-unclosed-title: question \"::Untitled\": the title opened "
                  "with :: is not closed with ::",
              f + "7:1: error: gift-unsupported: question \"Word\": the answer section {yellow} "
                  "is no GIFT form: answers start with = or ~, or it is T, F, #number or empty (an "
                  "essay)",
              f + "9:1: error: gift-unsupported: question \"Twice\": it has more than one answer "
                  "section {...}",
              f + "11:1: error: gift-empty-answer: question \"Empty\": answer 2 has no text",
              f + "13:1: error: gift-unclosed-brace: question \"Run-on\": the answer section "
                  "opened with { is not closed with }",
          });
    CHECK(r.imported == 1);
    CHECK(r.rejected == 7);
    CHECK(r.bank.questions.at(0).id == "good");
}

TEST_CASE("a GBK-encoded GIFT file is refused with advice on converting it") {
    // "排列图" in GBK
    const ImportResult r = gift("::Q::\xC5\xC5\xC1\xD0\xCD\xBC {T}");
    CHECK(messages(r) == std::vector<std::string>{
                             "t.gift:1:6: error: not-utf8: the file is not UTF-8 (byte 0xC5 "
                             "starts no UTF-8 character) and looks GBK-encoded; convert it with "
                             "`iconv -f GBK -t UTF-8 IN > OUT` or save it as UTF-8 in your "
                             "editor"});
    CHECK(r.imported == 0);
    CHECK(r.bank.questions.empty());
}

TEST_CASE("a bank imported from GIFT is written and read back as a valid native bank") {
    const ImportResult r = gift(
        "$CATEGORY: 质量工具\n\n::P::排列图用于？{=找出主要问题 ~分析原因}\n\n"
        "老七种工具有？{~%50%排列图 ~%50%因果图 ~甘特图}\n\nPDCA 是戴明环。{T}\n\n"
        "D 代表 {=实施 =执行} 阶段。\n\nCpk? {#1.33:0.01}\n\n连线 {=甲 -> 1 =乙 -> 2}\n\n"
        "简述三全。{####全员、全过程、全组织。}");
    REQUIRE(messages(r) == std::vector<std::string>{});
    const std::string xml = tqm::bank::writeBankXml(r.bank);
    const tqm::bank::ReadResult back = tqm::bank::readBankBytes(xml, "out.xml", {});
    std::vector<std::string> problems;
    for (const tqm::Diagnostic& d : back.diagnostics) problems.push_back(formatDiagnostic(d));
    CHECK(problems == std::vector<std::string>{});
    CHECK(back.bank.questions.size() == 7);
}
