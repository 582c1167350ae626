// An exam's paper source: the bank read, hashed and checked against the blueprint once, then
// papers for the exam's seed or each person's, avoiding only the attempts the blueprint names.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "base/sha256.h"
#include "exam/blueprint_reader.h"
#include "exam/paper_assembly.h"
#include "session/exam_paper_source.h"
#include "sitting_test_support.h"

using tqm::Diagnostic;
using tqm::Severity;
using tqm::session::ExamPaperSource;
using tqm::sittingtest::demoBank;
using tqm::sittingtest::demoBlueprint;
using tqm::sittingtest::miniBank;
using tqm::sittingtest::miniBlueprint;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

using Ids = std::vector<std::string>;

tqm::exam::Blueprint blueprintOf(const std::string& xml) {
    auto read = tqm::exam::readBlueprintBytes("mini-exam.xml", xml);
    REQUIRE(read.ok());
    return read.blueprint;
}

Ids idsOf(const tqm::exam::AssembledPaper& paper) {
    Ids ids;
    for (const auto& question : paper.questions) ids.push_back(question.questionId);
    return ids;
}

}  // namespace

TEST_CASE("the demo blueprint opens with the demo bank, hashed as the file's bytes") {
    auto blueprint = tqm::exam::readBlueprintFile(demoBlueprint());
    REQUIRE(blueprint.ok());
    const auto opened = ExamPaperSource::open(blueprint.blueprint, demoBank());
    REQUIRE(opened.source);
    CHECK(opened.diagnostics.empty());
    CHECK(opened.source->bankSha256() == tqm::sha256OfFile(demoBank()).hex);
    CHECK(opened.source->bank().id == "tqm-demo");
    CHECK(opened.source->blueprint().id == "tqm-demo-exam");
}

TEST_CASE("a person's paper comes from the person's seed and is stored with its bank") {
    auto blueprint = tqm::exam::readBlueprintFile(demoBlueprint());
    REQUIRE(blueprint.ok());
    const auto opened = ExamPaperSource::open(blueprint.blueprint, demoBank());
    REQUIRE(opened.source);
    const ExamPaperSource& source = *opened.source;
    const auto paper = source.assemble(42, "E001", {});
    REQUIRE(paper.ok());
    CHECK(paper.seed == tqm::exam::seedForPerson(42, "E001"));
    CHECK(paper.questions.size() == 30);
    CHECK(paper.totalPoints() == 10000);
    CHECK(idsOf(source.assemble(42, "E001", {})) == idsOf(paper));
    CHECK(idsOf(source.assemble(42, "E002", {})) != idsOf(paper));

    const tqm::session::AssembledPaper sitting = source.forSitting(paper);
    CHECK(sitting.seed == static_cast<std::int64_t>(paper.seed));
    CHECK(sitting.bankId == "tqm-demo");
    CHECK(sitting.bankVersion == "1.0.0");
    CHECK(sitting.bankSha256 == tqm::sha256OfFile(demoBank()).hex);
    REQUIRE(sitting.questions.size() == 30);
    for (std::size_t i = 0; i < 30; ++i)
        CHECK(sitting.questions[i].questionId == paper.questions[i].questionId);
}

TEST_CASE("a bank file that cannot be read leaves no source and names the blueprint") {
    TempFolder folder;
    const auto opened =
        ExamPaperSource::open(blueprintOf(miniBlueprint(2)), folder / "missing.xml");
    CHECK_FALSE(opened.source);
    CHECK(opened.diagnostics ==
          std::vector<Diagnostic>{{(folder / "missing.xml").string(), 0, 0, Severity::Error,
                                   "bank-unreadable",
                                   "the bank file of blueprint \"mini-exam\" cannot be read; it "
                                   "was recorded when the exam was created. Put the bank back "
                                   "at this path."}});
}

TEST_CASE("another bank than the blueprint's leaves no source") {
    TempFolder folder;
    writeBytes(folder / "other.xml", miniBank(4, "other"));
    const auto opened = ExamPaperSource::open(blueprintOf(miniBlueprint(2)), folder / "other.xml");
    CHECK_FALSE(opened.source);
    CHECK(opened.diagnostics ==
          std::vector<Diagnostic>{{"mini-exam.xml", 2, 1, Severity::Error, "wrong-bank",
                                   "blueprint: it draws from bank \"mini\", but the bank given "
                                   "is \"other\""}});
}

TEST_CASE("only questions seen within the blueprint's avoid-recent attempts are avoided") {
    TempFolder folder;
    writeBytes(folder / "mini.xml", miniBank(4));
    const auto opened =
        ExamPaperSource::open(blueprintOf(miniBlueprint(2, 1)), folder / "mini.xml");
    REQUIRE(opened.source);
    const ExamPaperSource& source = *opened.source;
    const Ids fresh = idsOf(source.assemble(5, "", {}));
    REQUIRE(fresh.size() == 2);
    std::map<std::string, int> seen{{fresh[0], 1}, {fresh[1], 1}};

    SECTION("seen in the last attempt: avoided") {
        const Ids next = idsOf(source.assemble(5, "", seen));
        REQUIRE(next.size() == 2);
        CHECK(std::find(next.begin(), next.end(), fresh[0]) == next.end());
        CHECK(std::find(next.begin(), next.end(), fresh[1]) == next.end());
    }
    SECTION("seen two attempts ago, outside the window of one: drawn as if unseen") {
        seen = {{fresh[0], 2}, {fresh[1], 2}};
        CHECK(idsOf(source.assemble(5, "", seen)) == fresh);
    }
    SECTION("seen zero attempts ago is not an attempt: drawn as if unseen") {
        seen = {{fresh[0], 0}, {fresh[1], 0}};
        CHECK(idsOf(source.assemble(5, "", seen)) == fresh);
    }
}

TEST_CASE(
    "a paper freezes its questions' images resolved against the bank's folder, with digests") {
    TempFolder folder;
    std::filesystem::create_directories(folder / "images");
    writeBytes(folder / "images/pareto.png", "abc");
    std::string bank = miniBank(1);
    bank.replace(bank.find("</stem>"), 7, "</stem>\n      <image src=\"images/pareto.png\"/>");
    writeBytes(folder / "mini.xml", bank);

    const auto opened = ExamPaperSource::open(blueprintOf(miniBlueprint(1)), folder / "mini.xml");
    REQUIRE(opened.source);
    const auto paper = opened.source->assemble(1, "E001", {});
    REQUIRE(paper.ok());
    REQUIRE(paper.questions.size() == 1);
    REQUIRE(paper.questions[0].images.size() == 1);
    CHECK(paper.questions[0].images[0].path == (folder / "images/pareto.png").string());
    CHECK(paper.questions[0].images[0].sha256 ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
