#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bank/bank_subset.h"
#include "bank/native_reader.h"
#include "bank/native_writer.h"
#include "bank/question_edit.h"

namespace fs = std::filesystem;
using namespace tqm::bank;

namespace {

fs::path cleanBank() {
    return fs::path(TQM_TEST_DATA_DIR) / "cli" / "clean.xml";
}

std::string fileText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t indexOf(const Bank& bank, std::string_view id) {
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        if (bank.questions[i].id == id) return i;
    FAIL("no question " << id);
    return 0;
}

}  // namespace

TEST_CASE("a blank line holds alternatives or a GIFT-style number") {
    CHECK(blankToLine({{"PDCA", "戴明环"}, std::nullopt, 0.0}) == "PDCA | 戴明环");
    CHECK(blankToLine({{}, 3.14, 0.01}) == "#3.14:0.01");
    CHECK(blankToLine({{}, 42.0, 0.0}) == "#42");

    const DraftBlank text = blankFromLine("  PDCA ｜ 戴明环 ||  ");
    CHECK(text.accepted == std::vector<std::string>{"PDCA", "戴明环"});
    CHECK_FALSE(text.number);
    const DraftBlank number = blankFromLine("#3.14:0.01");
    CHECK(number.number == 3.14);
    CHECK(number.tolerance == 0.01);
    CHECK(blankFromLine("#7").number == 7.0);
    CHECK(blankFromLine("#abc").accepted == std::vector<std::string>{"#abc"});
}

TEST_CASE("tags are split at commas, 、 and semicolons, trimmed and without repeats") {
    CHECK(splitTags(" 排列图，因果图、 排列图; SPC ,") ==
          std::vector<std::string>{"排列图", "因果图", "SPC"});
    CHECK(splitTags("   ").empty());
}

TEST_CASE("an edited question changes exactly that question when the bank is written") {
    const ReadResult read = readBankFile(cleanBank());
    REQUIRE(read.ok());
    const std::size_t index = indexOf(read.bank, "m1");
    QuestionDraft draft = draftOf(read.bank.questions[index]);
    draft.stem = "下列哪些属于QC七大手法？";
    draft.choices.push_back({"直方图", true});
    draft.explanation = "七大手法包括排列图、因果图、直方图等。";
    draft.difficulty = 4;
    draft.points = 3;
    draft.category = "basics";
    draft.tags = {"七大手法"};

    const Bank edited = withEditedQuestion(read.bank, index, draft);
    CHECK(editedQuestionProblems(edited, index, {cleanBank().string(), cleanBank().parent_path()})
              .empty());
    const Question& q = edited.questions[index];
    CHECK(q.stem == "下列哪些属于QC七大手法？");
    REQUIRE(q.choices.size() == 4);
    CHECK(q.choices[3].text == "直方图");
    CHECK(q.choices[3].correct);
    CHECK(q.difficulty == 4);
    CHECK(q.points == 3.0);
    CHECK(q.category == "basics");
    // Every other question is written as before.
    Bank expected = read.bank;
    expected.questions[index] = q;
    CHECK(writeBankXml(edited) == writeBankXml(expected));
    CHECK(read.bank.questions[index].stem == "下列属于“老七种工具”的有哪些？");
}

TEST_CASE("the validator's problems with the edited question are reported, others not") {
    const ReadResult read = readBankFile(cleanBank());
    const std::size_t index = indexOf(read.bank, "s1");
    QuestionDraft draft = draftOf(read.bank.questions[index]);
    for (DraftChoice& choice : draft.choices) choice.correct = false;
    draft.category = "no-such-category";
    const Bank edited = withEditedQuestion(read.bank, index, draft);
    const auto problems =
        editedQuestionProblems(edited, index, {cleanBank().string(), cleanBank().parent_path()});
    std::vector<std::string> codes;
    for (const auto& problem : problems) codes.push_back(problem.code);
    std::sort(codes.begin(), codes.end());
    CHECK(codes == std::vector<std::string>{"single-choice-correct-count", "unknown-category"});
}

TEST_CASE("saving a bank keeps the previous file as a stamped backup") {
    const fs::path dir = fs::temp_directory_path() / "tqm-question-edit-save";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "bank.xml";
    fs::copy_file(cleanBank(), file);
    const std::string before = fileText(file);

    ReadResult read = readBankFile(file, {true, false});
    QuestionDraft draft = draftOf(read.bank.questions[0]);
    draft.stem = "改过的题干";
    const Bank edited = withEditedQuestion(read.bank, 0, draft);
    const auto when = tqm::fromUnixMillis(1795516200000);  // 2026-11-24T10:30:00Z
    REQUIRE(saveBankWithBackup(edited, file, when).empty());

    const fs::path backup = dir / "bank.xml.20261124-103000.bak";
    CHECK(bankBackupPath(file, when) == backup);
    CHECK(fileText(backup) == before);
    CHECK(readBankFile(file, {true, false}).bank.questions[0].stem == "改过的题干");
    fs::remove_all(dir);
}

TEST_CASE("a category's subset holds its questions and the categories down to it") {
    const ReadResult read = readBankFile(cleanBank());
    const Bank subset = bankSubset(read.bank, "basics.pdca");
    std::vector<std::string> ids;
    for (const Question& q : subset.questions) {
        CHECK(q.category == "basics.pdca");
        ids.emplace_back(q.id);
    }
    CHECK_FALSE(ids.empty());
    REQUIRE(subset.categories.size() == 1);
    CHECK(subset.categories[0].id == "basics");
    REQUIRE(subset.categories[0].children.size() == 1);
    CHECK(subset.categories[0].children[0].id == "basics.pdca");
    CHECK(bankSubset(read.bank, "basics").questions.size() > ids.size());
}
