// Moodle XML export, and the round trip bank -> Moodle XML -> bank.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "bank/interchange/moodle/moodle_xml.h"
#include "moodle_test_support.h"

using namespace tqm;
using namespace tqm::bank;
using tqm::bank::testing::codesOf;

namespace {

class ExportBank {
  public:
    ExportBank() {
        bank.id = bank.keep("qc");
        bank.version = bank.keep("1.0.0");
        bank.title = bank.keep("质量");
        bank.language = bank.keep("zh-CN");
        bank.scoring = MultipleChoiceScoring::Partial;
        Category tools = category("tools", "质量工具");
        tools.children.push_back(category("tools.old", "老七种/新七种"));
        bank.categories.push_back(tools);
        bank.categories.push_back(category("basics", "基础"));
    }

    Category category(std::string_view id, std::string_view title) {
        Category c;
        c.id = bank.keep(id);
        c.title = bank.keep(title);
        return c;
    }

    Question& add(std::string_view id, QuestionType type, std::string_view stem,
                  std::string_view category = "basics") {
        Question q;
        q.id = bank.keep(id);
        q.type = type;
        q.stem = bank.keep(stem);
        q.category = bank.keep(category);
        q.pos = {static_cast<std::uint32_t>(10 + bank.questions.size()), 5};
        bank.questions.push_back(q);
        return bank.questions.back();
    }

    void choices(Question& q, std::initializer_list<std::pair<std::string_view, bool>> list) {
        for (const auto& [text, correct] : list) q.choices.push_back({bank.keep(text), correct});
    }

    Blank blank(std::initializer_list<std::string_view> accepted) {
        Blank b;
        for (const std::string_view a : accepted) b.accepted.push_back(bank.keep(a));
        return b;
    }

    Bank bank;
};

std::filesystem::path freshFolder(std::string_view name) {
    const auto dir = std::filesystem::temp_directory_path() / ("tqm-moodle-" + std::string(name));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "images");
    return dir;
}

ExportBank everyType() {
    ExportBank b;
    Question& single = b.add("sc-1", QuestionType::SingleChoice,
                             "“三全”不包括哪一项？\n第二行 a  b <x> & \"q\"", "tools");
    single.title = b.bank.keep("三全");
    single.points = 2.5;
    b.choices(single, {{"全员", false}, {"全自动", true}, {"全过程", false}});
    single.explanation = b.bank.keep("全员、全过程、全企业。");
    single.tags = {b.bank.keep("三全"), b.bank.keep("基础概念")};
    single.difficulty = 1;
    single.images = {b.bank.keep("images/pareto.png")};
    Question& multi =
        b.add("mc-1", QuestionType::MultipleChoice, "哪些是老七种工具？", "tools.old");
    b.choices(multi, {{"排列图", true}, {"因果图", true}, {"亲和图", false}, {"直方图", true}});
    multi.scoring = MultipleChoiceScoring::Partial;
    multi.difficulty = 5;
    multi.source = b.bank.keep("GB/T 19001-2016 7.1.5");
    multi.positions = {b.bank.keep("质量检验员"), b.bank.keep("班组长")};
    Question& tf = b.add("tf-1", QuestionType::TrueFalse, "PDCA 是戴明环。");
    tf.answerTrue = true;
    Question& text = b.add("fb-1", QuestionType::FillBlank, "PDCA 的第二阶段是 ____。");
    text.caseSensitive = true;
    text.blanks.push_back(b.blank({"实施", "Do*", "a}b~c#d"}));
    Question& number = b.add("fb-2", QuestionType::FillBlank, "Cp=1.0 时 Cpk 最大为 ____。");
    number.blanks.push_back(b.blank({}));
    number.blanks[0].number = 1.0;
    number.blanks[0].tolerance = 0.01;
    Question& cloze = b.add("fb-3", QuestionType::FillBlank, "计划、____、检查和 ____；Cpk=____");
    cloze.points = 3;
    cloze.blanks = {b.blank({"实施", "执行"}), b.blank({"处置", "改进"}), b.blank({})};
    cloze.blanks[2].number = 1.33;
    cloze.blanks[2].tolerance = 0.005;
    Question& order = b.add("or-1", QuestionType::Ordering, "排列 PDCA 的顺序");
    b.choices(order, {{"计划", false}, {"实施", false}, {"检查", false}, {"处置", false}});
    Question& match = b.add("ma-1", QuestionType::Matching, "连线");
    match.pairs = {{b.bank.keep("排列图"), b.bank.keep("找出主要问题")},
                   {b.bank.keep("因果图"), b.bank.keep("分析原因")}};
    Question& essay = b.add("sa-1", QuestionType::ShortAnswer, "简述 PDCA。");
    essay.referenceAnswer = b.bank.keep("计划、实施、检查、处置。\n循环上升。");
    essay.gradingNotes = b.bank.keep("四个阶段各 1 分。");
    b.bank.reindex();
    return b;
}

}  // namespace

TEST_CASE("every representable question survives export to Moodle XML and import back") {
    const auto dir = freshFolder("round-trip");
    const std::string png = "\x89PNG\r\n\x1a\n-pareto-";
    std::ofstream(dir / "images" / "pareto.png", std::ios::binary) << png;
    const ExportBank source = everyType();

    std::vector<Diagnostic> exportProblems;
    const std::string xml = exportMoodleXml(source.bank, dir, exportProblems);
    CHECK(exportProblems.empty());
    const ImportResult back = importMoodleXml(xml, "exported.xml");
    CHECK(codesOf(back.diagnostics).empty());
    CHECK(back.imported == source.bank.questions.size());

    REQUIRE(back.bank.categories.size() == 2);
    CHECK(back.bank.categories[0].id == "tools");
    CHECK(back.bank.categories[0].title == "质量工具");
    REQUIRE(back.bank.categories[0].children.size() == 1);
    CHECK(back.bank.categories[0].children[0].id == "tools.old");
    CHECK(back.bank.categories[0].children[0].title == "老七种/新七种");
    CHECK(back.bank.categories[1].id == "basics");

    REQUIRE(back.bank.questions.size() == source.bank.questions.size());
    for (const Question& want : source.bank.questions) {
        INFO("question " << want.id);
        const Question* got = back.bank.findQuestion(want.id);
        REQUIRE(got != nullptr);
        CHECK(got->type == want.type);
        CHECK(got->category == want.category);
        CHECK(got->title == want.title);
        CHECK(got->stem == want.stem);
        CHECK(got->points == want.points);
        CHECK(got->explanation == want.explanation);
        CHECK(got->tags == want.tags);
        CHECK(got->difficulty == want.difficulty);
        CHECK(got->source == want.source);
        CHECK(got->positions == want.positions);
        REQUIRE(got->choices.size() == want.choices.size());
        for (std::size_t i = 0; i < want.choices.size(); ++i) {
            CHECK(got->choices[i].text == want.choices[i].text);
            CHECK(got->choices[i].correct == want.choices[i].correct);
        }
        CHECK(got->answerTrue == want.answerTrue);
        CHECK(got->caseSensitive == want.caseSensitive);
        REQUIRE(got->blanks.size() == want.blanks.size());
        for (std::size_t i = 0; i < want.blanks.size(); ++i) {
            CHECK(got->blanks[i].accepted == want.blanks[i].accepted);
            CHECK(got->blanks[i].number == want.blanks[i].number);
            CHECK(got->blanks[i].tolerance == want.blanks[i].tolerance);
        }
        REQUIRE(got->pairs.size() == want.pairs.size());
        for (std::size_t i = 0; i < want.pairs.size(); ++i) {
            CHECK(got->pairs[i].prompt == want.pairs[i].prompt);
            CHECK(got->pairs[i].answer == want.pairs[i].answer);
        }
        CHECK(got->referenceAnswer == want.referenceAnswer);
        CHECK(got->gradingNotes == want.gradingNotes);
        CHECK(got->images.size() == want.images.size());
    }
    CHECK(back.bank.findQuestion("mc-1")->scoring == MultipleChoiceScoring::Partial);
    CHECK(back.bank.findQuestion("mc-1")->difficulty == 5);
    CHECK(back.bank.findQuestion("mc-1")->positions.size() == 2);
    REQUIRE(back.files.size() == 1);
    CHECK(back.files[0].relativePath == "images/sc-1/pareto.png");
    CHECK(back.files[0].bytes == png);
    std::filesystem::remove_all(dir);
}

TEST_CASE("choice questions are written with fractions that match the scoring rule") {
    const ExportBank b = everyType();
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(b.bank, {}, problems);
    CHECK(xml.find("<text>$course$/top/质量工具/老七种//新七种</text>") != std::string::npos);
    CHECK(xml.find("<idnumber>tools.old</idnumber>") != std::string::npos);
    // Partial: three correct options earn a third each, a wrong one cancels everything.
    CHECK(xml.find(
              "<answer fraction=\"33.33333\" format=\"html\">\n      <text><![CDATA[排列图]]>") !=
          std::string::npos);
    CHECK(xml.find("<answer fraction=\"-100\" format=\"html\">\n      <text><![CDATA[亲和图]]>") !=
          std::string::npos);
    CHECK(xml.find("<answer fraction=\"100\" format=\"html\">\n      <text><![CDATA[全自动]]>") !=
          std::string::npos);
    CHECK(xml.find("<single>true</single>") != std::string::npos);
    CHECK(xml.find("{1:SHORTANSWER:=实施~=执行}") != std::string::npos);
    CHECK(xml.find("{1:NUMERICAL:=1.33:0.005}") != std::string::npos);
    CHECK(xml.find("<text>Do\\*</text>") != std::string::npos);
    CHECK(xml.find("<answer fraction=\"4\" format=\"html\">") != std::string::npos);
    CHECK(xml.find("<question type=\"cloze\">") != std::string::npos);
    CHECK(xml.find("<question type=\"essay\">") != std::string::npos);
    CHECK(xml.find("<feedback format=\"html\">\n        <text></text>") != std::string::npos);
    CHECK(xml.find("@@PLUGINFILE@@") == std::string::npos);
    // No base folder: the image cannot be read, which is reported and the rest still exported.
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "image-missing");
    CHECK(problems[0].file == "images/pareto.png");
    CHECK(problems[0].line == 10);
    CHECK(problems[0].column == 5);
    CHECK(problems[0].message ==
          "question \"sc-1\": image \"images/pareto.png\" does not exist; it was not exported");
}

TEST_CASE("an all-or-nothing multiple choice is exported with partial scoring and a warning") {
    ExportBank b;
    Question& q = b.add("mc", QuestionType::MultipleChoice, "Pick two");
    b.choices(q, {{"A", true}, {"B", true}, {"C", false}});
    q.scoring = MultipleChoiceScoring::AllOrNothing;
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(b.bank, {}, problems);
    CHECK(xml.find("<answer fraction=\"50\"") != std::string::npos);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].code == "moodle-scoring-changed");
    CHECK(problems[0].message ==
          "question \"mc\": Moodle's multichoice always gives partial credit; this all-or-nothing "
          "question is exported with partial scoring");
}

TEST_CASE("questions Moodle cannot represent are skipped with a warning") {
    ExportBank b;
    Question& many = b.add("many", QuestionType::MultipleChoice, "Eleven right");
    for (int i = 0; i < 11; ++i) many.choices.push_back({b.bank.keep(std::to_string(i)), true});
    Question& blanks = b.add("blanks", QuestionType::FillBlank, "Only ____ marker");
    blanks.blanks = {b.blank({"a"}), b.blank({"b"})};
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(b.bank, {}, problems);
    CHECK(xml.find("<idnumber>many</idnumber>") == std::string::npos);
    CHECK(xml.find("<idnumber>blanks</idnumber>") == std::string::npos);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].code == "moodle-export-skipped");
    CHECK(problems[0].message ==
          "question \"many\": Moodle cannot give 11 correct options equal shares of the grade "
          "(100/11 is not one of its grade fractions); the question was not exported");
    CHECK(problems[1].message ==
          "question \"blanks\": the stem has 1 blank markers for 2 blanks, so the cloze text "
          "cannot be built; the question was not exported");
}

TEST_CASE("a skipped all-or-nothing question gets no scoring warning, only the skip") {
    ExportBank b;
    b.bank.scoring = MultipleChoiceScoring::AllOrNothing;
    Question& many = b.add("many", QuestionType::MultipleChoice, "Eleven right");
    for (int i = 0; i < 11; ++i) many.choices.push_back({b.bank.keep(std::to_string(i)), true});
    std::vector<Diagnostic> problems;
    exportMoodleXml(b.bank, {}, problems);
    CHECK(codesOf(problems) == std::vector<std::string>{"moodle-export-skipped"});
}

TEST_CASE("an image path that leaves the bank's folder is not read") {
    ExportBank b;
    Question& q = b.add("tf", QuestionType::TrueFalse, "Look");
    q.images = {b.bank.keep("../secret.png")};
    std::vector<Diagnostic> problems;
    const std::string xml = exportMoodleXml(b.bank, freshFolder("outside"), problems);
    CHECK(xml.find("<file") == std::string::npos);
    CHECK(codesOf(problems) == std::vector<std::string>{"image-path-outside"});
}
