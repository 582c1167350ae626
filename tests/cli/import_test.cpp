// tqm bank import: Moodle XML, GIFT and CSV into a native bank, which then lints clean.
#include <catch2/catch.hpp>

#include <filesystem>

#include "bank/native_reader.h"
#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;

namespace {

const std::string kMoodleFixtures = std::string(TQM_FIXTURES_DIR) + "/moodle/xml/";

// Lints `file` (a name inside `dir`) and checks that it has no problem at all.
void checkLintsClean(const TempDir& dir, const std::string& file, std::size_t questions) {
    const auto lint = runTqm({"bank", "lint", file}, dir.path());
    CHECK(lint.out.empty());
    CHECK(lint.err == file + ": " + std::to_string(questions) +
                          (questions == 1 ? " question" : " questions") +
                          ", 0 errors, 0 warnings\n");
    CHECK(lint.exitCode == 0);
}

}  // namespace

TEST_CASE("a GIFT import reports the rejected question, writes the rest and lints clean") {
    const TempDir dir;
    const std::string out = (dir / "gift.xml").string();
    const auto run = runTqm({"bank", "import", "--from", "gift", "questions.gift", "-o", out});
    CHECK(run.out ==
          "questions.gift:20:1: error: gift-no-correct-answer: question \"坏题\": no answer is "
          "marked right; mark one with = or give weights such as ~%50%\n");
    CHECK(run.err == "questions.gift: imported 4, rejected 1; wrote " + out + "\n");
    CHECK(run.exitCode == 0);
    checkLintsClean(dir, "gift.xml", 4);
}

TEST_CASE("an imported bank takes its id and title from the input file name by default") {
    const TempDir dir;
    REQUIRE(runTqm({"bank", "import", "--from", "gift", "questions.gift", "-o",
                    (dir / "a.xml").string()})
                .exitCode == 0);
    const auto read = tqm::bank::readBankFile(dir / "a.xml");
    CHECK(read.bank.id == "questions");
    CHECK(read.bank.title == "questions");
    CHECK(read.bank.questions.size() == 4);
}

TEST_CASE("the options --id and --title name the imported bank") {
    const TempDir dir;
    REQUIRE(runTqm({"bank", "import", "--from", "gift", "questions.gift", "-o",
                    (dir / "a.xml").string(), "--id", "qc-tools", "--title", "质量工具题库"})
                .exitCode == 0);
    const auto read = tqm::bank::readBankFile(dir / "a.xml");
    CHECK(read.ok());
    CHECK(read.bank.id == "qc-tools");
    CHECK(read.bank.title == "质量工具题库");
}

TEST_CASE("a CSV import with a bad row imports the good rows and lints clean") {
    const TempDir dir;
    const std::string out = (dir / "csv.xml").string();
    const auto run = runTqm({"bank", "import", "--from", "csv", "questions.csv", "-o", out});
    CHECK(run.out ==
          "questions.csv:6:11: error: csv-bad-answer: row 6, column \"答案\": a single-choice "
          "question has one answer letter; \"AB\" names 2\n");
    CHECK(run.err == "questions.csv: imported 4, rejected 1; wrote " + out + "\n");
    CHECK(run.exitCode == 0);
    checkLintsClean(dir, "csv.xml", 4);
    const auto read = tqm::bank::readBankFile(out);
    REQUIRE(read.bank.questions.size() == 4);
    CHECK(read.bank.questions[3].id == "csv-004");
    CHECK(read.bank.questions[3].blanks.size() == 2);
}

TEST_CASE("a Moodle import writes the embedded images beside the bank, which lints clean") {
    const TempDir dir;
    const std::string out = (dir / "bank" / "greeting.xml").string();
    const auto run = runTqm(
        {"bank", "import", "--from", "moodle", kMoodleFixtures + "multichoice.xml", "-o", out});
    CHECK(run.out == kMoodleFixtures +
                         "multichoice.xml:12:3: warning: moodle-file-not-image: question "
                         "\"Greeting\": embedded file \"bonjour.mp3\" is not an image; it was "
                         "not imported\n");
    CHECK(run.err == kMoodleFixtures + "multichoice.xml: imported 1, rejected 0; wrote " + out +
                         " and 4 extracted files\n");
    CHECK(run.exitCode == 0);

    const auto read = tqm::bank::readBankFile(out);
    REQUIRE(read.bank.questions.size() == 1);
    const auto& images = read.bank.questions[0].images;
    CHECK(images.size() == 4);
    for (std::string_view image : images)
        CHECK(std::filesystem::is_regular_file(dir / "bank" / image));
    const auto lint = runTqm({"bank", "lint", "bank/greeting.xml"}, dir.path());
    CHECK(lint.err == "bank/greeting.xml: 1 question, 0 errors, 0 warnings\n");
    CHECK(lint.exitCode == 0);
}

TEST_CASE("a Moodle file whose every question is rejected imports nothing and exits 1") {
    const TempDir dir;
    const std::string in = kMoodleFixtures + "broken_cloze_questions.xml";
    const auto run =
        runTqm({"bank", "import", "--from", "moodle", in, "-o", (dir / "cloze.xml").string()});
    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 5);
    const std::vector<int> expectedLines{4, 20, 36, 52, 68};
    for (std::size_t i = 0; i < lines.size(); ++i)
        CHECK(lines[i].starts_with(in + ":" + std::to_string(expectedLines[i]) +
                                   ":3: error: moodle-cloze-rejected: question \""));
    CHECK(run.err == in + ": imported 0, rejected 5; nothing written\n");
    CHECK(run.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "cloze.xml"));
}

TEST_CASE("a file that is not in the chosen format imports nothing and exits 1") {
    const TempDir dir;
    const auto run =
        runTqm({"bank", "import", "--from", "csv", "clean.xml", "-o", (dir / "x.xml").string()});
    CHECK(linesOf(run.out).size() == 3);
    CHECK(
        run.out.starts_with("clean.xml:1: error: csv-missing-column: the header row has no "
                            "\"题型\" column, so no row can be read\n"));
    CHECK(run.err == "clean.xml: imported 0, rejected 0; nothing written\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("importing a missing file is a file-not-found error") {
    const TempDir dir;
    const auto run = runTqm(
        {"bank", "import", "--from", "gift", "nothere.gift", "-o", (dir / "x.xml").string()});
    CHECK(run.out == "nothere.gift: error: file-not-found: the file does not exist\n");
    CHECK(run.err == "nothere.gift: nothing imported\n");
    CHECK(run.exitCode == 1);
}
