// tqm bank export: a native bank to Moodle XML, and back again through tqm bank import.
#include <catch2/catch.hpp>

#include <filesystem>

#include "bank/native_reader.h"
#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;

TEST_CASE("export of a clean bank writes Moodle XML and exits 0") {
    const TempDir dir;
    const std::string out = (dir / "moodle" / "clean.xml").string();
    const auto run = runTqm({"bank", "export", "--to", "moodle", "clean.xml", "-o", out});
    CHECK(run.out ==
          "clean.xml: warning: moodle-bank-fields-lost: Moodle XML has no place for a bank's "
          "version or organization, so the bank's version \"1.2.0\" and organization "
          "\"示例制造有限公司 质量部\" cannot come back from Moodle\n");
    CHECK(run.err == "clean.xml: exported 8 questions to " + out + " (0 errors, 1 warning)\n");
    CHECK(run.exitCode == 0);
    const std::string xml = readFile(out);
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"));
}

TEST_CASE("export of a bank with errors prints them, writes nothing and exits 1") {
    const TempDir dir;
    const std::string out = (dir / "errors.xml").string();
    const auto run = runTqm({"bank", "export", "--to", "moodle", "errors.xml", "-o", out});
    CHECK(linesOf(run.out).size() == 10);
    CHECK(run.err == "errors.xml: 9 errors, 1 warning; nothing exported (fix the errors first)\n");
    CHECK(run.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("export of a bank with only warnings writes the file and exits 0") {
    const TempDir dir;
    const std::string out = (dir / "warnings.xml").string();
    const auto run = runTqm({"bank", "export", "--to", "moodle", "warnings.xml", "-o", out});
    CHECK(linesOf(run.out).size() == 1);
    CHECK(run.err == "warnings.xml: exported 2 questions to " + out + " (0 errors, 0 warnings)\n");
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(out));
}

TEST_CASE("export names what Moodle cannot hold, counts what it left out, and exits 0") {
    const TempDir dir;
    const std::string out = (dir / "lossy.xml").string();
    const auto run = runTqm({"bank", "export", "--to", "moodle", "lossy.xml", "-o", out});
    // l2 is all-or-nothing too, but a skipped question is not warned about its scoring.
    const std::vector<std::string> expected{
        "lossy.xml:11:5: warning: moodle-export-skipped: question \"l2\": Moodle cannot give 11 "
        "correct options equal shares of the grade (100/11 is not one of its grade fractions); "
        "the question was not exported"};
    CHECK(linesOf(run.out) == expected);
    CHECK(run.err == "lossy.xml: exported 1 of 2 questions to " + out + " (0 errors, 1 warning)\n");
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(out));
}

namespace {

void checkSameContent(const tqm::bank::Question& original, const tqm::bank::Question& back) {
    INFO("question " << original.id);
    CHECK(back.type == original.type);
    CHECK(back.category == original.category);
    CHECK(back.points == original.points);
    CHECK(back.stem == original.stem);
    CHECK(back.explanation == original.explanation);
    CHECK(back.answerTrue == original.answerTrue);
    REQUIRE(back.choices.size() == original.choices.size());
    for (std::size_t i = 0; i < original.choices.size(); ++i) {
        CHECK(back.choices[i].text == original.choices[i].text);
        CHECK(back.choices[i].correct == original.choices[i].correct);
    }
    REQUIRE(back.blanks.size() == original.blanks.size());
    for (std::size_t i = 0; i < original.blanks.size(); ++i) {
        CHECK(back.blanks[i].accepted == original.blanks[i].accepted);
        CHECK(back.blanks[i].number == original.blanks[i].number);
        CHECK(back.blanks[i].tolerance == original.blanks[i].tolerance);
    }
    REQUIRE(back.pairs.size() == original.pairs.size());
    for (std::size_t i = 0; i < original.pairs.size(); ++i) {
        CHECK(back.pairs[i].prompt == original.pairs[i].prompt);
        CHECK(back.pairs[i].answer == original.pairs[i].answer);
    }
    CHECK(back.referenceAnswer == original.referenceAnswer);
    CHECK(back.gradingNotes == original.gradingNotes);
    CHECK(back.tags == original.tags);
    CHECK(back.difficulty == original.difficulty);
    CHECK(back.source == original.source);
    CHECK(back.positions == original.positions);
    CHECK(back.images.size() == original.images.size());
}

}  // namespace

TEST_CASE("a bank exported to Moodle and imported back keeps its questions and images") {
    const TempDir dir;
    const std::string moodle = (dir / "moodle.xml").string();
    REQUIRE(runTqm({"bank", "export", "--to", "moodle", "clean.xml", "-o", moodle}).exitCode == 0);
    const std::string back = (dir / "back" / "clean.xml").string();
    const auto run = runTqm({"bank", "import", "--from", "moodle", moodle, "-o", back, "--id",
                             "cli-clean", "--title", "命令行测试题库"});
    CHECK(run.out.empty());
    CHECK(run.err ==
          moodle + ": imported 8, rejected 0; wrote " + back + " and 1 extracted file\n");
    REQUIRE(run.exitCode == 0);

    const auto original = tqm::bank::readBankFile(dataDir() / "clean.xml");
    const auto imported = tqm::bank::readBankFile(back);
    CHECK(imported.diagnostics.empty());
    CHECK(imported.bank.id == original.bank.id);
    CHECK(imported.bank.title == original.bank.title);
    REQUIRE(imported.bank.questions.size() == original.bank.questions.size());
    for (const auto& question : original.bank.questions) {
        const auto* same = imported.bank.findQuestion(question.id);
        REQUIRE(same != nullptr);
        checkSameContent(question, *same);
    }
    for (const auto* category : tqm::bank::flattenCategories(original.bank.categories)) {
        const auto* same = imported.bank.findCategory(category->id);
        REQUIRE(same != nullptr);
        CHECK(same->title == category->title);
    }
    // s1 has a source and a key position, and the questions' difficulties run from 1 to 5.
    CHECK(imported.bank.findQuestion("s1")->source == "GB/T 19000-2016 2.3");
    CHECK(imported.bank.findQuestion("s1")->positions ==
          std::vector<std::string_view>{"质量检验员"});
    CHECK(imported.bank.findQuestion("o1")->difficulty == 5);
    const auto* withImage = imported.bank.findQuestion("s1");
    REQUIRE(withImage != nullptr);
    REQUIRE(withImage->images.size() == 1);
    CHECK(readFile(dir / "back" / withImage->images[0]) ==
          readFile(dataDir() / "images" / "pareto.png"));
}

TEST_CASE("export of one category writes only the questions of it and of the categories below") {
    const TempDir dir;
    const std::string out = (dir / "basics.xml").string();
    const auto run = runTqm(
        {"bank", "export", "--to", "moodle", "clean.xml", "-o", out, "--category", "basics"});
    CHECK(run.exitCode == 0);
    const std::string xml = readFile(out);
    CHECK(xml.find("<idnumber>s1</idnumber>") != std::string::npos);
    CHECK(xml.find("<idnumber>t1</idnumber>") != std::string::npos);
    CHECK(xml.find("<idnumber>m1</idnumber>") == std::string::npos);

    const auto unknown =
        runTqm({"bank", "export", "--to", "moodle", "clean.xml", "-o", out, "--category", "nope"});
    CHECK(unknown.err == "clean.xml: the bank has no category \"nope\"; nothing exported\n");
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("import of a native bank copies it with its images") {
    const TempDir dir;
    const std::string out = (dir / "copy" / "clean.xml").string();
    const auto run = runTqm({"bank", "import", "--from", "native", "clean.xml", "-o", out});
    CHECK(run.err == "clean.xml: imported 8, rejected 0; wrote " + out + " and 1 extracted file\n");
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "copy" / "images" / "pareto.png"));
    CHECK(tqm::bank::readBankFile(out).ok());
}
