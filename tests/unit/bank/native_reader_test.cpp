#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bank/native_reader.h"

namespace {

using tqm::Diagnostic;
using tqm::Severity;
using namespace tqm::bank;

const std::filesystem::path kReaderData = std::filesystem::path(TQM_TEST_DATA_DIR) / "banks/reader";

// What a test compares: a diagnostic without its file name.
struct Problem {
    std::uint32_t line;
    std::uint32_t column;
    std::string code;
    std::string message;
    bool operator==(const Problem&) const = default;
};

std::vector<Problem> problems(const ReadResult& result) {
    std::vector<Problem> out;
    for (const Diagnostic& d : result.diagnostics)
        out.push_back({d.line, d.column, d.code, d.message});
    return out;
}

ReadResult readStructure(std::string_view xml) {
    ReadOptions options;
    options.validate = false;
    return readBankBytes(xml, "test.xml", {}, options);
}

// A bank around the given <questions> content, with one category "c".
std::string bankWith(std::string_view questions) {
    return "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh-CN\">\n"
           "  <title>测试</title>\n"
           "  <categories><category id=\"c\" title=\"类\"/></categories>\n"
           "  <questions>\n" +
           std::string(questions) + "  </questions>\n</bank>\n";
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Problem> {
    static std::string convert(const Problem& p) {
        return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.code + " " +
               p.message;
    }
};
}  // namespace Catch

TEST_CASE("a complete bank of every question type is read field by field") {
    const ReadResult result = readBankFile(kReaderData / "full.xml");
    CHECK(problems(result).empty());
    REQUIRE(result.ok());
    const Bank& bank = result.bank;

    CHECK(bank.id == "tqm-reader-full");
    CHECK(bank.version == "2.1.0");
    CHECK(bank.language == "zh-CN");
    CHECK(bank.scoring == MultipleChoiceScoring::Partial);
    CHECK(bank.title == "全面质量管理知识题库（读取测试）");
    CHECK(bank.organization == "示例制造有限公司 质量部");
    CHECK(bank.description == "覆盖七种题型的\n    完整题库");

    REQUIRE(bank.categories.size() == 2);
    const Category& basics = bank.categories[0];
    CHECK(basics.id == "basics");
    CHECK(basics.title == "全面质量管理基础");
    CHECK(basics.pos.line == 8);
    CHECK(basics.pos.column == 5);
    REQUIRE(basics.children.size() == 1);
    CHECK(basics.children[0].id == "basics.history");
    CHECK(basics.children[0].title == "质量管理发展史");
    CHECK(basics.children[0].pos.line == 9);
    CHECK(basics.children[0].pos.column == 7);
    CHECK(bank.categories[1].id == "tools");
    CHECK(bank.categories[1].title == "QC 七大手法");
    CHECK(bank.categories[1].children.empty());
    CHECK(bank.categoryPath("basics.history") ==
          std::vector<std::string_view>{"basics", "basics.history"});

    REQUIRE(bank.questions.size() == 8);

    SECTION("single choice with every common field") {
        const Question& q = bank.questions[0];
        CHECK(q.id == "sc-1");
        CHECK(q.type == QuestionType::SingleChoice);
        CHECK(q.category == "basics");
        CHECK(q.title == "三全");
        CHECK(q.difficulty == 2);
        CHECK(q.points == 1.5);
        CHECK_FALSE(q.scoring.has_value());
        CHECK(q.stem == "全面质量管理中的“三全”不包括下列哪一项？");
        CHECK(q.images == std::vector<std::string_view>{"images/three-all.png"});
        REQUIRE(q.choices.size() == 3);
        CHECK(q.choices[0].text == "全员参加的质量管理");
        CHECK_FALSE(q.choices[0].correct);
        CHECK(q.choices[1].text == "全自动的质量管理");
        CHECK(q.choices[1].correct);
        CHECK(q.choices[2].text == "全过程的质量管理");
        CHECK_FALSE(q.choices[2].correct);
        CHECK(q.explanation == "“三全”是指全员、全过程、全企业的质量管理。");
        CHECK(q.source == "GB/T 19000-2016 2.3");
        CHECK(q.tags == std::vector<std::string_view>{"三全", "基础概念"});
        CHECK(q.positions == std::vector<std::string_view>{"质量检验员", "班组长"});
        CHECK(q.pos.line == 14);
        CHECK(q.pos.column == 5);
    }
    SECTION("multiple choice with its own scoring rule and an escaped ampersand") {
        const Question& q = bank.questions[1];
        CHECK(q.id == "mc-1");
        CHECK(q.type == QuestionType::MultipleChoice);
        CHECK(q.scoring == MultipleChoiceScoring::AllOrNothing);
        CHECK(bank.scoringFor(q) == MultipleChoiceScoring::AllOrNothing);
        CHECK(q.points == 2.0);
        REQUIRE(q.choices.size() == 4);
        CHECK(q.choices[2].text == "头脑风暴法 & 亲和图");
        CHECK_FALSE(q.choices[2].correct);
        CHECK((q.choices[0].correct && q.choices[1].correct && q.choices[3].correct));
        CHECK(q.images.empty());
        CHECK(q.tags.empty());
        CHECK(q.explanation.empty());
        CHECK(q.pos.line == 25);
    }
    SECTION("true-false with defaults for difficulty and points") {
        const Question& q = bank.questions[2];
        CHECK(q.type == QuestionType::TrueFalse);
        CHECK(q.category == "basics.history");
        CHECK_FALSE(q.answerTrue);
        CHECK(q.difficulty == 3);
        CHECK(q.points == 1.0);
        CHECK(q.stem == "戴明环是 PDCA 循环以外的另一种方法。");
        CHECK(q.explanation == "戴明环即 PDCA 循环。");
        CHECK(q.pos.line == 32);
    }
    SECTION("fill-blank with several accepted answers per blank") {
        const Question& q = bank.questions[3];
        CHECK(q.type == QuestionType::FillBlank);
        CHECK(q.caseSensitive);
        REQUIRE(q.blanks.size() == 2);
        CHECK(q.blanks[0].accepted == std::vector<std::string_view>{"实施", "执行", "Do"});
        CHECK(q.blanks[1].accepted == std::vector<std::string_view>{"处置", "改进", "Act"});
        CHECK_FALSE(q.blanks[0].number.has_value());
    }
    SECTION("fill-blank with a numeric blank and its tolerance") {
        const Question& q = bank.questions[4];
        CHECK_FALSE(q.caseSensitive);
        CHECK(q.difficulty == 4);
        REQUIRE(q.blanks.size() == 1);
        CHECK(q.blanks[0].accepted.empty());
        CHECK(q.blanks[0].number == 1.33);
        CHECK(q.blanks[0].tolerance == 0.01);
        CHECK(q.pos.line == 41);
    }
    SECTION("ordering items in their correct order") {
        const Question& q = bank.questions[5];
        CHECK(q.type == QuestionType::Ordering);
        REQUIRE(q.choices.size() == 4);
        CHECK(q.choices[0].text == "计划");
        CHECK(q.choices[1].text == "实施");
        CHECK(q.choices[2].text == "检查");
        CHECK(q.choices[3].text == "处置");
    }
    SECTION("matching pairs") {
        const Question& q = bank.questions[6];
        CHECK(q.type == QuestionType::Matching);
        CHECK(q.points == 3.0);
        REQUIRE(q.pairs.size() == 2);
        CHECK(q.pairs[0].prompt == "排列图");
        CHECK(q.pairs[0].answer == "找出主要问题");
        CHECK(q.pairs[1].prompt == "因果图");
        CHECK(q.pairs[1].answer == "分析原因");
    }
    SECTION("short answer with CDATA reference and multi-line grading notes") {
        const Question& q = bank.questions[7];
        CHECK(q.type == QuestionType::ShortAnswer);
        CHECK(q.difficulty == 5);
        CHECK(q.points == 10.0);
        CHECK(q.referenceAnswer == "为用户服务；预防为主；用数据说话 <要点>");
        CHECK(q.gradingNotes == "每个要点 2 分，\n        共 10 分。");
        CHECK(q.source == "《全面质量管理》第三版");
        CHECK(q.pos.line == 57);
        CHECK(q.pos.column == 5);
    }
    SECTION("questions are indexed by id") {
        REQUIRE(bank.findQuestion("ma-1") != nullptr);
        CHECK(bank.findQuestion("ma-1")->type == QuestionType::Matching);
        CHECK(bank.findCategory("tools") == &bank.categories[1]);
    }
}

TEST_CASE("every structural problem is reported with its position, not only the first") {
    ReadOptions options;
    options.validate = false;
    const ReadResult result = readBankFile(kReaderData / "problems.xml", options);
    const std::vector<Problem> expected = {
        {2, 61, "unknown-attribute", "bank: unknown attribute \"colour\" on <bank>"},
        {4, 3, "duplicate-element", "bank: <title> appears more than once; only one is allowed"},
        {6, 41, "invalid-value",
         "question \"q1\": difficulty \"abc\" is not valid; it must be a whole number from 1 to 5"},
        {6, 58, "invalid-value",
         "question \"q1\": points \"x\" is not valid; it must be a decimal number such as 1 or "
         "0.5"},
        {8, 7, "duplicate-element",
         "question \"q1\": <stem> appears more than once; only one is allowed"},
        {9, 15, "invalid-value",
         "question \"q1\": correct \"yes\" is not valid; it must be \"true\" or \"false\""},
        {11, 7, "unknown-element",
         "question \"q1\": element <blank> is not allowed in a single-choice question"},
        {13, 5, "missing-attribute", "question #2 (no id): <true-false> has no \"id\" attribute"},
        {13, 30, "invalid-value",
         "question #2 (no id): answer \"yes\" is not valid; it must be \"true\" or \"false\""},
        {13, 43, "unknown-attribute",
         "question #2 (no id): unknown attribute \"scoring\" on <true-false>"},
        {15, 7, "misplaced-text",
         "question #2 (no id): text \"散落的文字\" is not allowed directly inside <true-false>"},
        {17, 5, "missing-attribute", "question \"q3\": <true-false> has no \"answer\" attribute"},
        {19, 7, "misplaced-element", "question \"q3\": <stem> must come before <explanation>"},
        {21, 5, "unknown-element",
         "bank: element <essay> is not allowed in <questions>; a question is one of "
         "<single-choice>, <multiple-choice>, <true-false>, <fill-blank>, <ordering>, "
         "<matching> or <short-answer>"},
        {22, 5, "missing-element",
         "question \"q5\": short-answer question has no <reference> answer"},
        {27, 3, "misplaced-element", "bank: <categories> must come before <questions>"},
    };
    CHECK(problems(result) == expected);
    for (const Diagnostic& d : result.diagnostics) {
        CHECK(d.file == (kReaderData / "problems.xml").string());
        CHECK(d.severity == Severity::Error);
    }
    SECTION("what could be read is still in the model") {
        REQUIRE(result.bank.questions.size() == 4);
        CHECK(result.bank.title == "问题题库");
        CHECK(result.bank.questions[0].stem == "第一题");
        CHECK(result.bank.questions[0].choices.size() == 2);
        CHECK(result.bank.questions[0].difficulty == 3);
        CHECK(result.bank.questions[2].stem == "题干在解析之后");
        CHECK(result.bank.questions[3].gradingNotes == "评分");
    }
}

TEST_CASE("validation problems are merged with structural ones in file order") {
    const std::string xml = bankWith(
        "    <single-choice id=\"a\" category=\"c\" colour=\"x\">\n"
        "      <stem>哪一项正确？</stem><option correct=\"true\">甲</option>"
        "<option correct=\"true\">乙</option>\n"
        "    </single-choice>\n"
        "    <true-false id=\"a\" category=\"nowhere\" answer=\"true\"><stem>对吗？</stem>"
        "</true-false>\n");
    const ReadResult result = readBankBytes(xml, "test.xml", {});
    const std::vector<Problem> expected = {
        {5, 5, "single-choice-correct-count",
         "question \"a\": single-choice question has 2 correct options; it needs exactly 1"},
        {5, 40, "unknown-attribute",
         "question \"a\": unknown attribute \"colour\" on <single-choice>"},
        {8, 5, "duplicate-id", "question \"a\": the id is already used by the question on line 5"},
        {8, 5, "unknown-category",
         "question \"a\": category \"nowhere\" is not defined in the bank's categories"},
    };
    CHECK(problems(result) == expected);
    SECTION("without validation only the structure is checked") {
        CHECK(problems(readStructure(xml)) ==
              std::vector<Problem>{{5, 40, "unknown-attribute",
                                    "question \"a\": unknown attribute \"colour\" on "
                                    "<single-choice>"}});
    }
}

TEST_CASE("a GBK-encoded file is named as such with the command that converts it") {
    const ReadResult result = readBankFile(kReaderData / "gbk.xml");
    CHECK(problems(result) ==
          std::vector<Problem>{{3, 10, "not-utf8",
                                "the file is not UTF-8 (byte 0xD6 starts no UTF-8 character) and "
                                "looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > "
                                "OUT` or save it as UTF-8 in your editor"}});
    CHECK(result.bank.questions.empty());
}

TEST_CASE("bytes that are neither UTF-8 nor GBK are reported at the first bad byte") {
    const ReadResult result = readStructure("<bank>\n  <title>ab\xFF</title>");
    CHECK(problems(result) ==
          std::vector<Problem>{{2, 12, "not-utf8",
                                "the file is not UTF-8 (byte 0xFF starts no UTF-8 "
                                "character); save it as UTF-8 in your editor"}});
}

TEST_CASE("a UTF-16 file is reported as UTF-16") {
    const ReadResult result = readStructure(std::string_view("\xFF\xFE<\0b\0", 6));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "not-utf8");
    CHECK(result.diagnostics[0].message ==
          "the file is UTF-16-encoded, not UTF-8; save it as UTF-8 in your editor");
}

TEST_CASE("an XML declaration naming another encoding is an error but the bank is read") {
    const ReadResult result =
        readStructure("<?xml version=\"1.0\" encoding=\"GB2312\"?>\n" + bankWith(""));
    CHECK(problems(result) ==
          std::vector<Problem>{{1, 21, "encoding-declared",
                                "the XML declaration names encoding \"GB2312\", but bank files "
                                "are UTF-8; declare encoding=\"UTF-8\""}});
    CHECK(result.bank.title == "测试");
    CHECK(readStructure("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + bankWith("")).ok());
}

TEST_CASE("files that hold no bank are reported, not thrown") {
    SECTION("an empty file") {
        CHECK(problems(readBankFile(kReaderData / "empty.xml")) ==
              std::vector<Problem>{{1, 1, "not-well-formed",
                                    "the file is empty; a bank file holds one <bank> element"}});
    }
    SECTION("a text file that is not XML") {
        CHECK(problems(readBankFile(kReaderData / "not-xml.xml")) ==
              std::vector<Problem>{
                  {1, 1, "not-well-formed",
                   "the file holds no XML element; a bank file holds one <bank> element"}});
    }
    SECTION("a file cut off in the middle") {
        const ReadResult result = readBankFile(kReaderData / "truncated.xml");
        CHECK(problems(result) ==
              std::vector<Problem>{{20, 56, "not-well-formed",
                                    "the file is not well-formed XML: start-end tags mismatch"}});
        CHECK(result.bank.questions.empty());
    }
    SECTION("a tag that is never closed properly") {
        CHECK(problems(readStructure("<bank>\n  <title>标题</titel>\n</bank>")) ==
              std::vector<Problem>{{2, 14, "not-well-formed",
                                    "the file is not well-formed XML: start-end tags mismatch"}});
    }
    SECTION("a missing file") {
        const ReadResult result = readBankFile(kReaderData / "no-such-bank.xml");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "cannot-read");
        CHECK(result.diagnostics[0].line == 0);
    }
    SECTION("a Moodle file") {
        CHECK(problems(readStructure("<?xml version=\"1.0\"?>\n<quiz>\n</quiz>\n")) ==
              std::vector<Problem>{{2, 1, "wrong-root",
                                    "the root element is <quiz>, but a bank file's root element "
                                    "is <bank>; this looks like Moodle XML: import it with "
                                    "\"tqm bank import --from moodle\""}});
    }
    SECTION("another format version") {
        CHECK(problems(readStructure("<bank format=\"2\" id=\"x\" version=\"1\" language=\"en\">"
                                     "<surprise/></bank>")) ==
              std::vector<Problem>{{1, 7, "unsupported-format",
                                    "bank: format \"2\" is not supported; this version reads "
                                    "format \"1\""}});
    }
}

TEST_CASE("a bank without its required header is reported element by element") {
    const ReadResult result = readStructure("<bank scoring=\"some\">\n</bank>\n");
    CHECK(problems(result) ==
          std::vector<Problem>{
              {1, 1, "missing-attribute", "bank: <bank> has no \"format\" attribute"},
              {1, 1, "missing-attribute", "bank: <bank> has no \"id\" attribute"},
              {1, 1, "missing-attribute", "bank: <bank> has no \"version\" attribute"},
              {1, 1, "missing-attribute", "bank: <bank> has no \"language\" attribute"},
              {1, 1, "missing-element", "bank: <bank> has no <title>"},
              {1, 1, "missing-element", "bank: <bank> has no <questions>"},
              {1, 7, "invalid-value",
               "bank: scoring \"some\" is not valid; it must be \"all-or-nothing\" or "
               "\"partial\""},
          });
}

TEST_CASE("a byte order mark is accepted and does not shift columns") {
    const ReadResult result =
        readStructure("\xEF\xBB\xBF" + bankWith("    <true-false id=\"t1\" category=\"c\" "
                                                "answer=\"true\"><stem>对</stem></true-false>\n"));
    CHECK(result.ok());
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(result.bank.questions[0].pos.line == 5);
    CHECK(result.bank.questions[0].pos.column == 5);
    CHECK(result.bank.id == "t");
}

TEST_CASE("columns count characters, also after Chinese text and entity references") {
    const ReadResult result = readStructure(bankWith(
        "    <single-choice id=\"q\" category=\"c\"><stem>中文&#x4E2D;&lt;题干</stem>"
        "<option>甲&amp;乙</option><option correct=\"maybe\">丙</option></single-choice>\n"));
    CHECK(problems(result) ==
          std::vector<Problem>{{5, 101, "invalid-value",
                                "question \"q\": correct \"maybe\" is not valid; it must be "
                                "\"true\" or \"false\""}});
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(result.bank.questions[0].stem == "中文中<题干");
    CHECK(result.bank.questions[0].choices[0].text == "甲&乙");
}

TEST_CASE("questions written on one line get their own columns") {
    const ReadResult result = readStructure(
        "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh\"><title>一行</title>"
        "<questions><true-false id=\"a\" category=\"c\" answer=\"true\"><stem>甲</stem>"
        "</true-false><true-false id=\"b\" category=\"c\" answer=\"false\"><stem>乙</stem>"
        "</true-false><true-false id=\"c\" category=\"c\"><stem>丙</stem></true-false>"
        "</questions></bank>");
    REQUIRE(result.bank.questions.size() == 3);
    CHECK(result.bank.questions[0].pos.column == 79);
    CHECK(result.bank.questions[1].pos.column == 152);
    CHECK(result.bank.questions[2].pos.column == 226);
    CHECK(problems(result) ==
          std::vector<Problem>{{1, 226, "missing-attribute",
                                "question \"c\": <true-false> has no \"answer\" attribute"}});
}

TEST_CASE("Windows line endings count as one line break and are folded in text") {
    const ReadResult result = readStructure(
        "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh\">\r\n"
        "  <title>标题</title>\r\n"
        "  <questions>\r\n"
        "    <short-answer id=\"s\" category=\"c\">\r\n"
        "      <stem>第一行\r\n第二行</stem>\r\n"
        "      <reference>要点</reference><grading>无</grading><bogus/>\r\n"
        "    </short-answer>\r\n"
        "  </questions>\r\n"
        "</bank>\r\n");
    CHECK(problems(result) ==
          std::vector<Problem>{{7, 52, "unknown-element",
                                "question \"s\": element <bogus> is not allowed in a short-answer "
                                "question"}});
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(result.bank.questions[0].stem == "第一行\n第二行");
    CHECK(result.bank.questions[0].pos.line == 4);
}

TEST_CASE("children of a question must follow the format's order and counts") {
    SECTION("an image after the options") {
        const ReadResult result = readStructure(
            bankWith("    <single-choice id=\"q\" category=\"c\">\n"
                     "      <stem>题</stem><option>甲</option><image src=\"a.png\"/>\n"
                     "    </single-choice>\n"));
        CHECK(problems(result) ==
              std::vector<Problem>{{6, 39, "misplaced-element",
                                    "question \"q\": <image> must come before <option>"}});
        CHECK(result.bank.questions[0].images == std::vector<std::string_view>{"a.png"});
    }
    SECTION("a grading note before the reference") {
        CHECK(problems(readStructure(
                  bankWith("    <short-answer id=\"s\" category=\"c\"><stem>题</stem>"
                           "<grading>注</grading><reference>答</reference></short-answer>\n"))) ==
              std::vector<Problem>{{5, 73, "misplaced-element",
                                    "question \"s\": <reference> must come before <grading>"}});
    }
    SECTION("an option in a fill-blank question") {
        CHECK(problems(readStructure(bankWith(
                  "    <fill-blank id=\"f\" category=\"c\"><stem>题____</stem>"
                  "<option>甲</option><blank><accept>乙</accept></blank></fill-blank>\n"))) ==
              std::vector<Problem>{{5, 55, "unknown-element",
                                    "question \"f\": element <option> is not allowed in a "
                                    "fill-blank question"}});
    }
}

TEST_CASE("blanks, pairs, images and lists report their own problems") {
    const ReadResult result = readStructure(bankWith(
        "    <fill-blank id=\"f\" category=\"c\" case-sensitive=\"yes\"><stem>题____</stem>\n"
        "      <blank number=\"abc\" tolerance=\"-1\">实施<other/></blank>\n"
        "      <blank tolerance=\"0.5\"><accept>是</accept></blank>\n"
        "    </fill-blank>\n"
        "    <matching id=\"m\" category=\"c\"><stem>连线</stem>\n"
        "      <pair><answer>乙</answer><prompt>甲</prompt></pair><pair lang=\"x\"/>\n"
        "    </matching>\n"
        "    <ordering id=\"o\" category=\"c\"><stem>排序</stem><image/><item>一</item>"
        "<tags><tag>甲</tag><label>乙</label></tags></ordering>\n"));
    const std::vector<Problem> expected = {
        {5, 37, "invalid-value",
         "question \"f\": case-sensitive \"yes\" is not valid; it must be \"true\" or \"false\""},
        {6, 14, "invalid-value",
         "question \"f\": number \"abc\" is not valid; it must be a decimal number"},
        {6, 27, "invalid-value",
         "question \"f\": tolerance \"-1\" is not valid; it must be a decimal number of 0 or more"},
        {6, 42, "misplaced-text",
         "question \"f\": text \"实施\" is not allowed directly inside <blank>; put each accepted "
         "answer in an <accept>"},
        {6, 44, "unknown-element",
         "question \"f\": element <other> is not allowed in <blank>; use <accept>"},
        {7, 14, "invalid-value",
         "question \"f\": tolerance \"0.5\" is not valid; it must be given only together with a "
         "number attribute"},
        {10, 31, "misplaced-element", "question \"m\": <prompt> must come before <answer>"},
        {10, 56, "missing-element", "question \"m\": <pair> has no <prompt>"},
        {10, 56, "missing-element", "question \"m\": <pair> has no <answer>"},
        {10, 62, "unknown-attribute", "question \"m\": unknown attribute \"lang\" on <pair>"},
        {12, 50, "missing-attribute", "question \"o\": <image> has no \"src\" attribute"},
        {12, 90, "unknown-element",
         "question \"o\": element <label> is not allowed in <tags>; use <tag>"},
    };
    CHECK(problems(result) == expected);
    REQUIRE(result.bank.questions.size() == 3);
    const Question& f = result.bank.questions[0];
    REQUIRE(f.blanks.size() == 2);
    CHECK_FALSE(f.blanks[0].number.has_value());
    CHECK(f.blanks[0].accepted.empty());
    CHECK(f.blanks[1].accepted == std::vector<std::string_view>{"是"});
    CHECK(result.bank.questions[1].pairs[0].prompt == "甲");
    CHECK(result.bank.questions[1].pairs[0].answer == "乙");
    CHECK(result.bank.questions[2].tags == std::vector<std::string_view>{"甲"});
    CHECK(result.bank.questions[2].images.empty());
}

TEST_CASE("a repeated attribute is not well-formed") {
    CHECK(problems(readStructure(
              bankWith("    <true-false id=\"a\" answer=\"true\" category=\"c\" answer=\"false\">"
                       "<stem>题</stem></true-false>\n"))) ==
          std::vector<Problem>{{5, 51, "not-well-formed",
                                "question \"a\": attribute \"answer\" appears twice on "
                                "<true-false>"}});
}

TEST_CASE("text split by CDATA sections is joined") {
    const ReadResult result = readStructure(bankWith(
        "    <true-false id=\"a\" category=\"c\" answer=\"true\"><stem>若 <![CDATA[a<b]]> 则"
        "</stem></true-false>\n"));
    CHECK(result.ok());
    CHECK(result.bank.questions[0].stem == "若a<b则");
}

TEST_CASE("categories report missing ids and titles and keep their tree") {
    const ReadResult result = readStructure(
        "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh\"><title>树</title>\n"
        "<categories>\n"
        "  <category id=\"a\" title=\"甲\"><category title=\"无编号\"/><group/></category>\n"
        "  <category id=\"b\"/>\n"
        "</categories><questions/></bank>\n");
    CHECK(problems(result) ==
          std::vector<Problem>{
              {3, 30, "missing-attribute", "category (no id): <category> has no \"id\" attribute"},
              {3, 53, "unknown-element",
               "category \"a\": element <group> is not allowed in <category>; use <category>"},
              {4, 3, "missing-attribute", "category \"b\": <category> has no \"title\" attribute"},
          });
    REQUIRE(result.bank.categories.size() == 2);
    REQUIRE(result.bank.categories[0].children.size() == 1);
    CHECK(result.bank.categories[0].children[0].title == "无编号");
}

TEST_CASE("a large bank read on two threads keeps every question, position and problem") {
    // Enough questions for the reader to split them over two threads.
    constexpr int kQuestions = 4001;
    std::string questions;
    for (int i = 1; i <= kQuestions; ++i) {
        const std::string id = "q" + std::to_string(i);
        if (i == 10 || i == 3990)
            questions += "    <true-false id=\"" + id + "\" category=\"c\" answer=\"maybe\">";
        else
            questions += "    <true-false id=\"" + id + "\" category=\"c\" answer=\"true\">";
        questions += "<stem>第" + std::to_string(i) + "题：质量&amp;安全</stem></true-false>\n";
    }
    const ReadResult result = readBankBytes(bankWith(questions), "large.xml", {});
    REQUIRE(result.bank.questions.size() == kQuestions);
    for (int i : {0, 1999, 2000, 2001, kQuestions - 1}) {
        const Question& q = result.bank.questions[static_cast<std::size_t>(i)];
        CHECK(q.id == "q" + std::to_string(i + 1));
        CHECK(q.stem == "第" + std::to_string(i + 1) + "题：质量&安全");
        CHECK(q.pos.line == static_cast<std::uint32_t>(i + 5));
        CHECK(q.pos.column == 5);
    }
    CHECK(result.bank.findQuestion("q4001") == &result.bank.questions.back());
    const std::string message = "\" is not valid; it must be \"true\" or \"false\"";
    CHECK(problems(result) ==
          std::vector<Problem>{
              {14, 39, "invalid-value", "question \"q10\": answer \"maybe" + message},
              {3994, 41, "invalid-value", "question \"q3990\": answer \"maybe" + message},
          });
}

TEST_CASE("stray children of a list read on two threads do not shift the questions' ordinals") {
    // Over 1 MB and 2,000 questions, so every step that splits the work in two does.
    constexpr int kQuestions = 4001;
    const std::string padding = [] {
        std::string text;
        for (int i = 0; i < 80; ++i) text += "质";
        return text;
    }();
    std::string questions;
    for (int i = 1; i <= kQuestions; ++i) {
        const std::string id = i == 1000 || i == 3500 ? "" : " id=\"q" + std::to_string(i) + "\"";
        questions += "    <true-false" + id + " category=\"c\" answer=\"true\"><stem>第" +
                     std::to_string(i) + "题" + padding + "</stem></true-false>\n";
        if (i == 3) questions += "    散落\n";
        if (i == 3000) questions += "    <note/>\n";
    }
    ReadOptions options;
    options.validate = false;
    const ReadResult result = readBankBytes(bankWith(questions), "long.xml", {}, options);
    REQUIRE(result.bank.questions.size() == kQuestions);
    for (int i : {0, 2, 3, 1999, 2000, 2999, 3000, kQuestions - 1}) {
        const Question& q = result.bank.questions[static_cast<std::size_t>(i)];
        CHECK(q.stem.starts_with("第" + std::to_string(i + 1) + "题"));
        const int inserted = (i >= 3 ? 1 : 0) + (i >= 3000 ? 1 : 0);
        CHECK(q.pos.line == static_cast<std::uint32_t>(i + 5 + inserted));
    }
    CHECK(problems(result) ==
          std::vector<Problem>{
              {8, 5, "misplaced-text",
               "bank: text \"散落\" is not allowed directly inside <questions>"},
              {1005, 5, "missing-attribute",
               "question #1000 (no id): <true-false> has no \"id\" attribute"},
              {3006, 5, "unknown-element",
               "bank: element <note> is not allowed in <questions>; a question is one of "
               "<single-choice>, <multiple-choice>, <true-false>, <fill-blank>, <ordering>, "
               "<matching> or <short-answer>"},
              {3506, 5, "missing-attribute",
               "question #3500 (no id): <true-false> has no \"id\" attribute"},
          });
}
