#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "bank/validator.h"
#include "bank_builder.h"

using tqm::Diagnostic;
using tqm::Severity;
using tqm::bank::Blank;
using tqm::bank::Question;
using tqm::bank::QuestionType;
using tqm::bank::validateBank;
using tqm::bank::ValidationContext;
using tqm::bank::testing::BankBuilder;

namespace {

std::vector<Diagnostic> validate(const tqm::bank::Bank& bank, std::filesystem::path baseDir = {}) {
    std::vector<Diagnostic> out;
    validateBank(bank, ValidationContext{"bank.xml", std::move(baseDir)}, out);
    return out;
}

Diagnostic error(std::uint32_t line, std::string code, std::string message) {
    return {"bank.xml", line, 5, Severity::Error, std::move(code), std::move(message)};
}

Diagnostic warning(std::uint32_t line, std::string code, std::string message) {
    return {"bank.xml", line, 5, Severity::Warning, std::move(code), std::move(message)};
}

// One correct question of every type, each with a different stem.
BankBuilder goodBank() {
    BankBuilder b;
    b.bank.categories.front().children.push_back(b.category("basics.pdca", "PDCA循环", 6));
    b.addChoice(QuestionType::SingleChoice, "s1", 10, "“三全”不包括哪一项？",
                {{"全员", false}, {"全自动", true}, {"全过程", false}});
    b.addChoice(QuestionType::MultipleChoice, "m1", 20, "老七种工具包括哪些？",
                {{"排列图", true}, {"因果图", true}, {"关联图", false}});
    b.add(QuestionType::TrueFalse, "t1", 30, "PDCA循环又称戴明环。").answerTrue = true;
    Blank first = b.blank({"实施", "执行"});
    Blank second = b.blank({"处置"});
    Question& fill = b.add(QuestionType::FillBlank, "f1", 40, "计划、____、检查和____。");
    fill.category = b.bank.keep("basics.pdca");
    fill.blanks = {first, second};
    Blank number;
    number.number = 1.33;
    number.tolerance = 0.01;
    b.add(QuestionType::FillBlank, "f2", 50, "过程能力充足时 Cpk 至少为").blanks = {number};
    b.addChoice(QuestionType::Ordering, "o1", 60, "排列PDCA的阶段",
                {{"计划", false}, {"实施", false}, {"检查", false}, {"处置", false}});
    auto pairs = std::vector{b.pair("排列图", "找出主要问题"), b.pair("因果图", "分析原因")};
    b.add(QuestionType::Matching, "x1", 70, "把工具与用途连起来").pairs = pairs;
    b.add(QuestionType::ShortAnswer, "a1", 80, "简述QC小组活动的程序。").referenceAnswer =
        b.bank.keep("选择课题、现状调查……");
    b.bank.reindex();
    return b;
}

}  // namespace

TEST_CASE("a bank with one correct question of every type has no diagnostics") {
    BankBuilder b = goodBank();
    CHECK(validate(b.bank).empty());
}

TEST_CASE("a question id used twice is an error at the second question naming the first's line") {
    BankBuilder b = goodBank();
    b.add(QuestionType::TrueFalse, "t1", 90, "排列图按频数从大到小排列。");
    CHECK(validate(b.bank) ==
          std::vector{error(90, "duplicate-id",
                            "question \"t1\": the id is already used by the question on line 30")});
}

TEST_CASE("a category id used twice anywhere in the tree is an error at the second category") {
    BankBuilder b = goodBank();
    b.bank.categories.push_back(b.category("tools", "质量工具", 7));
    b.bank.categories.back().children.push_back(b.category("basics.pdca", "重复", 8));
    CHECK(validate(b.bank) ==
          std::vector{error(8, "duplicate-category",
                            "category \"basics.pdca\": the id is already used by the category on "
                            "line 6")});
}

TEST_CASE("a question in a category the bank does not define is an error") {
    BankBuilder b = goodBank();
    b.bank.questions[2].category = b.bank.keep("tools.pareto");
    CHECK(validate(b.bank) ==
          std::vector{error(30, "unknown-category",
                            "question \"t1\": category \"tools.pareto\" is not defined in the "
                            "bank's categories")});
}

TEST_CASE("a single-choice question needs exactly one correct option") {
    BankBuilder b = goodBank();
    SECTION("two correct options") {
        b.bank.questions[0].choices[0].correct = true;
        CHECK(validate(b.bank) ==
              std::vector{error(10, "single-choice-correct-count",
                                "question \"s1\": single-choice question has 2 correct options; "
                                "it needs exactly 1")});
    }
    SECTION("no correct option") {
        b.bank.questions[0].choices[1].correct = false;
        CHECK(validate(b.bank) ==
              std::vector{error(10, "single-choice-correct-count",
                                "question \"s1\": single-choice question has no correct option; "
                                "it needs exactly 1")});
    }
}

TEST_CASE("a multiple-choice question with one correct option is an error") {
    BankBuilder b = goodBank();
    b.bank.questions[1].choices[1].correct = false;
    CHECK(validate(b.bank) ==
          std::vector{error(20, "multiple-choice-correct-count",
                            "question \"m1\": multiple-choice question has 1 correct option; it "
                            "needs at least 2")});
}

TEST_CASE("a choice question with fewer than two options is an error") {
    BankBuilder b = goodBank();
    b.addChoice(QuestionType::SingleChoice, "s2", 90, "只有一个选项的题", {{"唯一", true}});
    CHECK(validate(b.bank) ==
          std::vector{error(90, "too-few-options",
                            "question \"s2\": single-choice question has 1 option; it needs at "
                            "least 2")});
}

TEST_CASE("a blank with no accepted answer and no number is an error naming the blank") {
    BankBuilder b = goodBank();
    b.bank.questions[3].blanks[1].accepted = {b.bank.keep("  ")};
    CHECK(validate(b.bank) ==
          std::vector{error(40, "blank-without-answer",
                            "question \"f1\": blank 2 has no accepted answer")});
}

TEST_CASE("the blank markers in a stem must match the number of blanks") {
    BankBuilder b = goodBank();
    SECTION("three blanks for two markers") {
        b.bank.questions[3].blanks.push_back(b.blank({"改进"}));
        CHECK(validate(b.bank) ==
              std::vector{error(40, "blank-count-mismatch",
                                "question \"f1\": the stem marks 2 blanks with \"___\" but the "
                                "question has 3 <blank> elements")});
    }
    SECTION("zero markers and two blanks") {
        b.bank.questions[3].stem = b.bank.keep("PDCA的第二和第四阶段");
        CHECK(validate(b.bank) ==
              std::vector{error(40, "blank-count-mismatch",
                                "question \"f1\": the stem marks 0 blanks with \"___\" but the "
                                "question has 2 <blank> elements")});
    }
    SECTION("no blank at all") {
        b.bank.questions[4].blanks.clear();
        CHECK(validate(b.bank) ==
              std::vector{error(50, "blank-count-mismatch",
                                "question \"f2\": fill-blank question has no blank")});
    }
    SECTION("two underscores are not a marker, three are") {
        b.bank.questions[3].stem = b.bank.keep("计划、__、检查和___。");
        CHECK(validate(b.bank) ==
              std::vector{error(40, "blank-count-mismatch",
                                "question \"f1\": the stem marks 1 blank with \"___\" but the "
                                "question has 2 <blank> elements")});
    }
}

TEST_CASE("difficulty outside 1 to 5 is an error") {
    BankBuilder b = goodBank();
    b.bank.questions[0].difficulty = 0;
    b.bank.questions[1].difficulty = 6;
    CHECK(validate(b.bank) ==
          std::vector{error(10, "difficulty-out-of-range",
                            "question \"s1\": difficulty 0 is out of range; it must be 1 to 5"),
                      error(20, "difficulty-out-of-range",
                            "question \"m1\": difficulty 6 is out of range; it must be 1 to 5")});
}

TEST_CASE("negative points are an error and zero points are allowed") {
    BankBuilder b = goodBank();
    b.bank.questions[0].points = -0.5;
    b.bank.questions[1].points = 0.0;
    CHECK(validate(b.bank) ==
          std::vector{error(10, "negative-points",
                            "question \"s1\": points -0.5 is negative; it must be 0 or more")});
}

TEST_CASE("an empty or blank stem is an error") {
    BankBuilder b = goodBank();
    b.add(QuestionType::ShortAnswer, "a2", 90, " \n\t\xE3\x80\x80");
    CHECK(validate(b.bank) ==
          std::vector{error(90, "empty-stem", "question \"a2\": the stem is empty")});
}

TEST_CASE("ordering needs two items and matching needs two pairs") {
    BankBuilder b = goodBank();
    b.bank.questions[5].choices.resize(1);
    b.bank.questions[6].pairs.clear();
    CHECK(
        validate(b.bank) ==
        std::vector{error(60, "ordering-too-few-items",
                          "question \"o1\": ordering question has 1 item; it needs at least 2"),
                    error(70, "matching-too-few-pairs",
                          "question \"x1\": matching question has 0 pairs; it needs at least 2")});
}

TEST_CASE("image paths that leave the bank's folder are errors") {
    const auto outside =
        GENERATE(as<std::string>{}, "../secret.png", "images/../../x.png", "/etc/passwd",
                 "C:/figures/a.png", "c:figure.png", "..\\figures\\a.png",
                 "\\\\server\\share\\a.png", "http://example.com/a.png");
    BankBuilder b = goodBank();
    b.bank.questions[2].images = {b.bank.keep(outside)};
    CHECK(validate(b.bank) ==
          std::vector{error(30, "image-path-outside",
                            "question \"t1\": image path \"" + outside +
                                "\" leaves the bank's folder; use a path relative to it, such as "
                                "images/figure.png")});
}

TEST_CASE("image paths inside the bank's folder are not checked on disk without a base folder") {
    BankBuilder b = goodBank();
    b.bank.questions[2].images = {b.bank.keep("images/pareto.png"),
                                  b.bank.keep("./images/../pdca.png")};
    CHECK(validate(b.bank).empty());
}

TEST_CASE("an image file that does not exist in the bank's folder is an error") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "tqm-validator-images";
    fs::remove_all(dir);
    fs::create_directories(dir / "images");
    std::ofstream(dir / "images" / "pareto.png") << "png";

    BankBuilder b = goodBank();
    b.bank.questions[0].images = {b.bank.keep("images/pareto.png")};
    b.bank.questions[1].images = {b.bank.keep("images\\pareto.png"),
                                  b.bank.keep("images/pdca.png")};
    b.bank.questions[2].images = {b.bank.keep("images/pdca.png"), b.bank.keep("images")};
    CHECK(
        validate(b.bank, dir) ==
        std::vector{
            error(20, "image-missing",
                  "question \"m1\": image \"images/pdca.png\" does not exist in the bank's folder"),
            error(30, "image-missing",
                  "question \"t1\": image \"images/pdca.png\" does not exist in the bank's folder"),
            error(30, "image-missing",
                  "question \"t1\": image \"images\" does not exist in the bank's folder")});
    fs::remove_all(dir);
}

TEST_CASE("a stem that matches an earlier question of the same type after normalisation warns") {
    BankBuilder b = goodBank();
    b.add(QuestionType::TrueFalse, "t2", 90, "pdca 循环又称“戴明环”").answerTrue = true;
    b.addChoice(QuestionType::SingleChoice, "s2", 100, "PDCA循环又称戴明环",
                {{"对", true}, {"错", false}});
    const auto diagnostics = validate(b.bank);
    CHECK(diagnostics == std::vector{warning(90, "near-duplicate",
                                             "question \"t2\": the stem is nearly the same as "
                                             "question \"t1\" on line 30")});
    CHECK_FALSE(tqm::hasErrors(diagnostics));
}

TEST_CASE("every problem of every question is reported, in question order") {
    BankBuilder b = goodBank();
    Question& bad = b.addChoice(QuestionType::MultipleChoice, "s1", 90, "", {});
    bad.category = b.bank.keep("nowhere");
    bad.difficulty = 9;
    bad.points = -1;
    bad.images = {b.bank.keep("/tmp/a.png")};
    const auto diagnostics = validate(b.bank);
    std::vector<std::string> codes;
    for (const Diagnostic& d : diagnostics) codes.push_back(d.code);
    CHECK(codes == std::vector<std::string>{"duplicate-id", "unknown-category", "empty-stem",
                                            "difficulty-out-of-range", "negative-points",
                                            "too-few-options", "multiple-choice-correct-count",
                                            "image-path-outside"});
}

TEST_CASE("validating a hundred thousand questions reports each duplicate once") {
    BankBuilder b;
    const std::size_t count = 100000;
    b.bank.questions.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string n = std::to_string(i % 99999);  // the last question repeats the first
        b.addChoice(QuestionType::SingleChoice, "q" + n, static_cast<std::uint32_t>(i + 10),
                    "第" + n + "题", {{"甲", true}, {"乙", false}});
    }
    b.bank.reindex();
    const auto diagnostics = validate(b.bank);
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0] == error(count + 9, "duplicate-id",
                                  "question \"q0\": the id is already used by the question on "
                                  "line 10"));
    CHECK(diagnostics[1].code == "near-duplicate");
}

TEST_CASE("a bank large enough to be checked on two threads reports in question order") {
    BankBuilder b;
    const std::size_t count = 4000;  // the halves meet at question 2000
    b.bank.questions.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        b.addChoice(QuestionType::SingleChoice, "q" + n, static_cast<std::uint32_t>(i + 10),
                    "第" + n + "题", {{"甲", true}, {"乙", false}});
    }
    b.bank.questions[1999].difficulty = 0;
    Question& late = b.bank.questions[2000];
    late.id = b.bank.keep("q5");
    late.difficulty = 6;
    late.stem = b.bank.keep("第 7 题。");
    b.bank.questions[3999].category = b.bank.keep("nowhere");
    b.bank.reindex();
    const auto diagnostics = validate(b.bank);
    CHECK(diagnostics ==
          std::vector{
              error(2009, "difficulty-out-of-range",
                    "question \"q1999\": difficulty 0 is out of range; it must be 1 to 5"),
              error(2010, "duplicate-id",
                    "question \"q5\": the id is already used by the question on line 15"),
              error(2010, "difficulty-out-of-range",
                    "question \"q5\": difficulty 6 is out of range; it must be 1 to 5"),
              warning(2010, "near-duplicate",
                      "question \"q5\": the stem is nearly the same as question \"q7\" on "
                      "line 17"),
              error(4009, "unknown-category",
                    "question \"q3999\": category \"nowhere\" is not defined in the bank's "
                    "categories"),
          });
}
