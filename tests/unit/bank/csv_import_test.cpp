#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bank/interchange/csv/csv_import.h"
#include "bank/native_reader.h"
#include "bank/native_writer.h"
#include "import_test_support.h"

using tqm::bank::importCsv;
using tqm::bank::ImportResult;
using tqm::bank::MultipleChoiceScoring;
using tqm::bank::Question;
using tqm::bank::QuestionType;

using namespace tqm::bank::testing;

namespace {

ImportResult csv(std::string_view text) {
    return importCsv(text, "q.csv");
}

constexpr std::string_view kChoiceHeader = "编号,题型,题干,选项A,选项B,选项C,选项D,答案\n";

std::string withChoiceHeader(std::string_view rows) {
    return std::string(kChoiceHeader) + std::string(rows);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("the shipped CSV template imports every example row without a problem") {
    const std::string bytes = readFile(TQM_SOURCE_DIR "/question-bank/templates/题库导入模板.csv");
    REQUIRE(bytes.starts_with("\xEF\xBB\xBF"));
    const ImportResult r = importCsv(bytes, "题库导入模板.csv");
    CHECK(messages(r) == std::vector<std::string>{});
    CHECK(r.imported == 8);
    CHECK(r.rejected == 0);
    CHECK(r.bank.language == "zh-CN");
    const auto& q = r.bank.questions;
    REQUIRE(q.size() == 8);

    CHECK(q[0].id == "basics-001");
    CHECK(q[0].type == QuestionType::SingleChoice);
    CHECK(choices(q[0]) == std::vector<std::pair<std::string, bool>>{{"全员参加的质量管理", false},
                                                                     {"全自动的质量管理", true},
                                                                     {"全过程的质量管理", false}});
    CHECK(q[0].difficulty == 2);
    CHECK(q[0].source == "GB/T 19000-2016 2.3");
    CHECK(texts(q[0].tags) == std::vector<std::string>{"三全", "基础概念"});
    CHECK(texts(q[0].positions) == std::vector<std::string>{"质量检验员", "班组长"});

    CHECK(q[1].type == QuestionType::MultipleChoice);
    CHECK(q[1].scoring == MultipleChoiceScoring::Partial);
    CHECK(q[1].points == 2.0);
    CHECK(q[1].explanation ==
          "老七种工具：检查表、分层法、排列图、因果图、直方图、散布图、控制图。\n"
          "甘特图和关联图不在其中（关联图属于新七种工具）。");
    CHECK(q[1].pos.line == 3);

    CHECK(q[2].type == QuestionType::TrueFalse);
    CHECK(q[2].answerTrue);
    CHECK(q[2].pos.line == 5);  // the cell above spans two lines

    CHECK(q[3].type == QuestionType::FillBlank);
    REQUIRE(q[3].blanks.size() == 2);
    CHECK(texts(q[3].blanks[0].accepted) == std::vector<std::string>{"实施", "执行", "Do"});
    CHECK(texts(q[3].blanks[1].accepted) == std::vector<std::string>{"处置", "改进", "Act"});

    REQUIRE(q[4].blanks.size() == 1);
    CHECK(q[4].blanks[0].number == 1.33);
    CHECK(q[4].blanks[0].tolerance == 0.01);

    CHECK(q[5].type == QuestionType::Ordering);
    CHECK(choices(q[5]) == std::vector<std::pair<std::string, bool>>{
                               {"计划", false}, {"实施", false}, {"检查", false}, {"处置", false}});

    CHECK(q[6].type == QuestionType::Matching);
    REQUIRE(q[6].pairs.size() == 3);
    CHECK(q[6].pairs[2].prompt == "控制图");
    CHECK(q[6].pairs[2].answer == "判断过程是否处于稳定状态");

    CHECK(q[7].type == QuestionType::ShortAnswer);
    CHECK(q[7].referenceAnswer ==
          "全员参加的质量管理；全过程的质量管理；全企业（全组织）的质量管理。");
    CHECK(q[7].gradingNotes == "每答对一项得 1 分；能举出本岗位实例的再加 2 分。");

    // 全面质量管理基础 (with PDCA循环 below it) and 质量工具 (老七种工具, 统计过程控制)
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "全面质量管理基础");
    REQUIRE(r.bank.categories[0].children.size() == 1);
    CHECK(r.bank.categories[0].children[0].title == "PDCA循环");
    CHECK(r.bank.categories[1].title == "质量工具");
    REQUIRE(r.bank.categories[1].children.size() == 2);
    CHECK(r.bank.categories[1].children[1].title == "统计过程控制");
    CHECK(q[3].category == r.bank.categories[0].children[0].id);

    const std::string xml = tqm::bank::writeBankXml(r.bank);
    const tqm::bank::ReadResult back = tqm::bank::readBankBytes(xml, "out.xml", {});
    std::vector<std::string> problems;
    for (const tqm::Diagnostic& d : back.diagnostics) problems.push_back(formatDiagnostic(d));
    CHECK(problems == std::vector<std::string>{});
    CHECK(back.bank.questions.size() == 8);
}

TEST_CASE("an answer letter beyond the options names the row, the column and the option count") {
    const ImportResult r =
        csv(withChoiceHeader("s1,单选,\"多行\n题干\",甲,乙,丙,丁,A\n"
                             "s2,单选,哪一项？,甲,乙,丙,丁,E\n"));
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:4:8: error: csv-bad-answer: row 3, column \"答案\": answer "
                             "\"E\" names no option (the question has 4 options)"});
    CHECK(r.imported == 1);
    CHECK(r.rejected == 1);
    CHECK(r.bank.questions[0].stem == "多行\n题干");
}

TEST_CASE("every problem of a CSV row is reported, and the row is skipped") {
    const ImportResult r =
        csv("题型,题干,难度,分值,选项A,选项B,答案\n"
            "单选,,9,x,甲,乙,C\n"
            "判断,正确的一行,,,,,对\n");
    CHECK(
        messages(r) ==
        std::vector<std::string>{
            "q.csv:1: warning: csv-derived-id: 1 row has no \"编号\"; its id \"q-5ef660db\" is "
            "derived from its type and stem and changes when the stem is edited",
            "q.csv:2:2: error: csv-missing-value: row 2, column \"题干\": the stem is empty",
            "q.csv:2:3: error: csv-invalid-value: row 2, column \"难度\": difficulty \"9\" is not "
            "a whole number from 1 to 5",
            "q.csv:2:4: error: csv-invalid-value: row 2, column \"分值\": points \"x\" is not a "
            "number of 0 or more",
            "q.csv:2:7: error: csv-bad-answer: row 2, column \"答案\": answer \"C\" names no "
            "option (the question has 2 options)",
        });
    CHECK(r.imported == 1);
    CHECK(r.rejected == 1);
}

TEST_CASE("English CSV headers in any order are understood, unknown columns are a warning") {
    const ImportResult r =
        csv("Answer,Stem,备注,Type,ID,Option_A,option b,Category,Tags\n"
            "\"B\",\"Which, with a comma?\",note,single-choice,e1,\"say \"\"no\"\"\",yes,"
            "Tools/Seven tools,a；b，c\r\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:1:3: warning: csv-unknown-column: column \"备注\" is not a "
                             "column of the template; it is ignored"});
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.id == "e1");
    CHECK(q.stem == "Which, with a comma?");
    CHECK(choices(q) ==
          std::vector<std::pair<std::string, bool>>{{"say \"no\"", false}, {"yes", true}});
    CHECK(q.category == "tools.seven-tools");
    CHECK(texts(q.tags) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("a repeated CSV column is a warning and the first one counts") {
    const ImportResult r = csv("编号,题型,题干,答案,答案\nq1,判断,对吗？,对,错\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:1:5: warning: csv-duplicate-column: column \"答案\" repeats "
                             "column 4; it is ignored"});
    CHECK(r.bank.questions.at(0).answerTrue);
}

TEST_CASE("a CSV header without 题型 or 题干 is an error and no row is read") {
    const ImportResult r = csv("编号,问题,答案\nq1,对吗？,对\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:1: error: csv-missing-column: the header row has no \"题型\" column, so no "
              "row can be read",
              "q.csv:1: error: csv-missing-column: the header row has no \"题干\" column, so no "
              "row can be read",
              "q.csv:1:2: warning: csv-unknown-column: column \"问题\" is not a column of the "
              "template; it is ignored"});
    CHECK(r.imported == 0);
}

TEST_CASE("CSV choice answers may be written as AC, A,C, A、C or in full-width letters") {
    for (const char* answer : {"AC", "\"A,C\"", "A、C", "a c", "ＡＣ", "\"A，C\""}) {
        const ImportResult r =
            csv(withChoiceHeader(std::string("m1,多选,哪些？,甲,乙,丙,丁,") + answer));
        INFO(answer);
        const Question& q = only(r);
        CHECK(q.type == QuestionType::MultipleChoice);
        CHECK(choices(q) == std::vector<std::pair<std::string, bool>>{
                                {"甲", true}, {"乙", false}, {"丙", true}, {"丁", false}});
    }
}

TEST_CASE("a CSV choice answer with the wrong number of letters is an error") {
    const ImportResult r =
        csv(withChoiceHeader("s1,单选,一项？,甲,乙,丙,丁,AB\n"
                             "m1,多选,多项？,甲,乙,丙,丁,B\n"
                             "m2,多选,重复？,甲,乙,丙,丁,ABA\n"
                             "m3,多选,符号？,甲,乙,丙,丁,A+B\n"
                             "m4,多选,空？,甲,乙,丙,丁,\n"));
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:2:8: error: csv-bad-answer: row 2, column \"答案\": a single-choice question "
              "has one answer letter; \"AB\" names 2",
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": a multiple-choice "
              "question needs at least 2 answer letters; \"B\" names 1",
              "q.csv:4:8: error: csv-bad-answer: row 4, column \"答案\": answer \"ABA\" names A "
              "twice",
              "q.csv:5:8: error: csv-bad-answer: row 5, column \"答案\": answer \"A+B\" has \"+\", "
              "which is not an option letter",
              "q.csv:6:8: error: csv-missing-value: row 6, column \"答案\": a multiple-choice "
              "question needs its answer as option letters",
          });
    CHECK(r.rejected == 5);
}

TEST_CASE("a CSV choice question needs two options filled from A without gaps") {
    const ImportResult r =
        csv(withChoiceHeader("s1,单选,一项？,甲,,,,A\n"
                             "s2,单选,空隙？,甲,,丙,,A\n"));
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:2:5: error: csv-too-few-options: row 2, column \"选项B\": a single-choice "
              "question needs at least 2 options; it has 1",
              "q.csv:3:5: error: csv-option-gap: row 3, column \"选项B\": the option is empty but "
              "选项C after it is filled; fill the options from A on without gaps",
          });
}

TEST_CASE("CSV true/false answers accept the usual Chinese and English words and marks") {
    std::string rows = "题型,题干,答案\n";
    const std::vector<std::string> yes = {"对", "正确", "√", "T", "true", "TRUE"};
    const std::vector<std::string> no = {"错", "错误", "×", "F", "false", "Ｆ"};
    for (std::size_t i = 0; i < yes.size(); ++i)
        rows += "判断,真" + std::to_string(i) + "？," + yes[i] + "\n";
    for (std::size_t i = 0; i < no.size(); ++i)
        rows += "判断,假" + std::to_string(i) + "？," + no[i] + "\n";
    rows += "判断,无法判断？,也许\n";
    const ImportResult r = csv(rows);
    REQUIRE(r.bank.questions.size() == 12);
    for (std::size_t i = 0; i < 12; ++i) CHECK(r.bank.questions[i].answerTrue == (i < 6));
    CHECK(messages(r).back() ==
          "q.csv:14:3: error: csv-bad-answer: row 14, column \"答案\": answer \"也许\" is not a "
          "true/false answer; write 对 or 错 (also 正确/错误, √/×, T/F, true/false)");
}

TEST_CASE("CSV blanks are separated by | and alternatives by /, with \\ escaping both") {
    const ImportResult r =
        csv("编号,题型,题干,答案\n"
            "f1,填空,比例 ____ 与路径 ____,1\\/2/一半|C:\\\\temp\\|x\n");
    const Question& q = only(r);
    REQUIRE(q.blanks.size() == 2);
    CHECK(texts(q.blanks[0].accepted) == std::vector<std::string>{"1/2", "一半"});
    CHECK(texts(q.blanks[1].accepted) == std::vector<std::string>{"C:\\temp|x"});
}

TEST_CASE("a CSV blank written as value±tolerance is numeric") {
    const ImportResult r =
        csv("编号,题型,题干,答案\nf1,填空,Cpk ____,1.33±0.01\nf2,填空,Cp,1.0+-0.05\n");
    CHECK(messages(r) == std::vector<std::string>{});
    REQUIRE(r.bank.questions.size() == 2);
    CHECK(r.bank.questions[0].blanks.at(0).number == 1.33);
    CHECK(r.bank.questions[0].blanks.at(0).tolerance == 0.01);
    CHECK(r.bank.questions[1].blanks.at(0).number == 1.0);
    CHECK(r.bank.questions[1].blanks.at(0).tolerance == 0.05);
    CHECK(r.bank.questions[1].blanks.at(0).accepted.empty());
}

TEST_CASE("CSV fill-blank answers must match the blanks the stem marks") {
    const ImportResult r =
        csv("编号,题型,题干,答案\n"
            "f1,填空,____ 和 ____ 和 ____,甲|乙\n"
            "f2,填空,____ 和 ____,甲||丙\n"
            "f3,填空,值 ____,1.3x±0.01\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:2:4: error: csv-bad-answer: row 2, column \"答案\": the answer gives 2 blanks "
              "but the stem marks 3 with ____",
              "q.csv:3:4: error: csv-bad-answer: row 3, column \"答案\": blank 2 of answer "
              "\"甲||丙\" is empty",
              "q.csv:4:4: error: csv-bad-answer: row 4, column \"答案\": blank 1 \"1.3x±0.01\" is "
              "not a number with a tolerance, such as 1.33±0.01",
          });
}

TEST_CASE("a CSV ordering answer lists every option letter in the right order") {
    const ImportResult r =
        csv(withChoiceHeader("o1,排序,顺序？,检查,计划,处置,实施,BDAC\n"
                             "o2,排序,漏项？,检查,计划,处置,实施,BDA\n"));
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": an ordering answer lists "
              "every option once in the right order; \"BDA\" leaves out C"});
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(choices(r.bank.questions[0]) ==
          std::vector<std::pair<std::string, bool>>{
              {"计划", false}, {"实施", false}, {"检查", false}, {"处置", false}});
}

TEST_CASE("a CSV matching answer pairs each option letter with its answer") {
    const ImportResult r =
        csv(withChoiceHeader("p1,连线,连线,排列图,因果图,,,\"B=分析原因 | A＝找出主要问题\"\n"
                             "p2,连线,连线二,排列图,因果图,控制图,,A=一|A=二|D=四|C三\n"));
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": option A is paired twice",
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": \"D=四\" names no option "
              "(the question has 3 options)",
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": \"C三\" is not a pair; "
              "write each as an option letter, = and its answer, such as A=找出主要问题, "
              "separated by |",
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": option B has no answer; "
              "pair it as B=...",
              "q.csv:3:8: error: csv-bad-answer: row 3, column \"答案\": option C has no answer; "
              "pair it as C=...",
          });
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::Matching);
    REQUIRE(q.pairs.size() == 2);
    CHECK(q.pairs[0].prompt == "排列图");
    CHECK(q.pairs[0].answer == "找出主要问题");
    CHECK(q.pairs[1].answer == "分析原因");
}

TEST_CASE("a CSV short answer takes 参考答案, or 答案 when that is empty") {
    const ImportResult r =
        csv("编号,题型,题干,答案,参考答案,评分要点\n"
            "a1,简答,简述三全。,,全员、全过程、全企业,每项 1 分\n"
            "a2,简答,简述PDCA。,计划、实施、检查、处置,,\n"
            "a3,简答,简述质量。,,,\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:4:5: error: csv-missing-value: row 4, column \"参考答案\": a "
                             "short-answer question needs a reference answer"});
    REQUIRE(r.bank.questions.size() == 2);
    CHECK(r.bank.questions[0].referenceAnswer == "全员、全过程、全企业");
    CHECK(r.bank.questions[0].gradingNotes == "每项 1 分");
    CHECK(r.bank.questions[1].referenceAnswer == "计划、实施、检查、处置");
}

TEST_CASE("CSV scoring sets a multiple-choice rule and is a warning on other types") {
    const ImportResult r =
        csv("编号,题型,题干,选项A,选项B,选项C,答案,计分\n"
            "m1,多选,甲？,a,b,c,AB,全对得分\n"
            "m2,多选,乙？,a,b,c,AB,partial\n"
            "s1,单选,丙？,a,b,c,A,部分得分\n"
            "m3,多选,丁？,a,b,c,AB,看情况\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:4:8: warning: csv-ignored-value: row 4, column \"计分\": scoring applies to "
              "multiple-choice questions only; it is ignored",
              "q.csv:5:8: error: csv-invalid-value: row 5, column \"计分\": scoring \"看情况\" is "
              "not 全对得分 (all-or-nothing) or 部分得分 (partial)"});
    REQUIRE(r.bank.questions.size() == 3);
    CHECK(r.bank.questions[0].scoring == MultipleChoiceScoring::AllOrNothing);
    CHECK(r.bank.questions[1].scoring == MultipleChoiceScoring::Partial);
    CHECK_FALSE(r.bank.questions[2].scoring.has_value());
}

TEST_CASE("options on a true/false CSV row are a warning") {
    const ImportResult r = csv("编号,题型,题干,选项A,答案\nt1,判断,对吗？,对,对\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:2:4: warning: csv-ignored-value: row 2, column \"选项A\": a "
                             "true-false question has no options; they are ignored"});
    CHECK(r.imported == 1);
}

TEST_CASE("a repeated CSV id is an error naming the row that has it") {
    const ImportResult r = csv("编号,题型,题干,答案\nq1,判断,甲？,对\nq1,判断,乙？,错\n");
    CHECK(messages(r) ==
          std::vector<std::string>{"q.csv:3:1: error: csv-duplicate-id: row 3, column \"编号\": id "
                                   "\"q1\" is already used in row 2"});
}

TEST_CASE("CSV rows without an id get ids from type and stem that never collide") {
    // Row 3 takes, on purpose, the id row 2 would derive from its type and stem.
    const ImportResult r =
        csv("编号,题型,题干,答案\n,判断,甲？,对\nq-f348c7eb,判断,乙？,对\n,判断,甲？,错\n");
    REQUIRE(r.bank.questions.size() == 3);
    CHECK(r.bank.questions[0].id == "q-f348c7eb-2");
    CHECK(r.bank.questions[1].id == "q-f348c7eb");
    CHECK(r.bank.questions[2].id == "q-f348c7eb-3");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:1:1: warning: csv-derived-id: 2 rows have no \"编号\"; their ids (such as "
              "\"q-f348c7eb-2\") are derived from type and stem and change when a stem is edited",
              "q.csv:4: warning: near-duplicate: question \"q-f348c7eb-3\": the stem is nearly "
              "the same as question \"q-f348c7eb-2\" on line 2"});
}

TEST_CASE("blank CSV rows are skipped but still count as spreadsheet rows") {
    const ImportResult r = csv("题型,题干,答案\n,,\n\n判断,对吗？,也许\n");
    CHECK(messages(r).back() ==
          "q.csv:4:3: error: csv-bad-answer: row 4, column \"答案\": answer \"也许\" is not a "
          "true/false answer; write 对 or 错 (also 正确/错误, √/×, T/F, true/false)");
    CHECK(r.rejected == 1);
}

TEST_CASE("CSV cells after the header's last column are a warning") {
    const ImportResult r = csv("编号,题型,题干,答案\nq1,判断,对吗？,对,多余\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:2:5: warning: csv-extra-cells: row 2 has a value in column "
                             "5, after the last column of the header (4); it is ignored"});
    CHECK(r.imported == 1);
}

TEST_CASE("a CSV quote that never closes is reported where its row starts") {
    const ImportResult r =
        csv("编号,题型,题干,答案\nq1,判断,甲？,对\nq2,判断,\"乙？,对\nq3,判断,丙？,对\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:3:3: error: csv-unclosed-quote: row 3, column \"题干\": the quote that opens "
              "the cell on line 3 is never closed, so the rest of the file was read into this "
              "cell"});
    CHECK(r.imported == 1);
    CHECK(r.rejected == 1);
}

TEST_CASE("CSV files separated by semicolons or tabs are read too") {
    const ImportResult semicolons = csv("编号;题型;题干;答案\nq1;判断;对吗？;对\n");
    CHECK(only(semicolons).id == "q1");
    const ImportResult tabs = csv("编号\t题型\t题干\t答案\nq1\t判断\t对吗, 真的？\t对\n");
    CHECK(only(tabs).stem == "对吗, 真的？");
}

TEST_CASE("a GBK-encoded CSV file is refused with how to save it as UTF-8") {
    // "编号,题型" in GBK
    const ImportResult r = csv("id,type\n\xB1\xE0\xBA\xC5,\xCC\xE2\xD0\xCD\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:2:1: error: not-utf8: the file is not UTF-8 (byte 0xB1 starts no UTF-8 "
              "character) and looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > "
              "OUT` or in Excel choose 另存为 (Save As) \"CSV UTF-8\""});
    CHECK(r.bank.questions.empty());
}

TEST_CASE("a UTF-16 CSV file (Excel's Unicode text) is refused with how to save it as UTF-8") {
    const ImportResult r = csv(std::string_view("\xFF\xFEi\0d\0", 6));
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:1:1: error: not-utf8: the file is UTF-16-encoded, not UTF-8; "
                             "in Excel choose 另存为 (Save As) \"CSV UTF-8\""});
}

TEST_CASE("an empty CSV file is an error") {
    const ImportResult r = csv("\xEF\xBB\xBF\r\n");
    CHECK(messages(r) ==
          std::vector<std::string>{"q.csv: error: csv-no-header: the file is empty; it needs a "
                                   "header row"});
}

TEST_CASE("a CSV id with white space is an error") {
    const ImportResult r = csv("编号,题型,题干,答案\nq 1,判断,对吗？,对\n");
    CHECK(messages(r) == std::vector<std::string>{
                             "q.csv:2:1: error: csv-invalid-value: row 2, column \"编号\": id "
                             "\"q 1\" contains white space; an id is one word such as q-001"});
}

TEST_CASE("a CSV row the bank's checks reject, such as an image outside the folder, is skipped") {
    const ImportResult r = csv("编号,题型,题干,答案,图片\nq1,判断,对吗？,对,../secret.png\n");
    CHECK(messages(r) ==
          std::vector<std::string>{
              "q.csv:2: error: image-path-outside: question \"q1\": image path \"../secret.png\" "
              "leaves the bank's folder; use a path relative to it, such as images/figure.png"});
    CHECK(r.imported == 0);
    CHECK(r.rejected == 1);
    CHECK(r.bank.questions.empty());
}
