#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "assembly_samples.h"
#include "bank/native_reader.h"

namespace {

using namespace tqm::exam;
using tqm::Diagnostic;
using tqm::Severity;
using tqm::exam::testing::assemble;
using tqm::exam::testing::AssemblyBank;

const std::filesystem::path kRepository(TQM_SOURCE_DIR);

}  // namespace

TEST_CASE("a blueprint is checked against its bank: bank id, categories, fixed questions") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const BlueprintReadResult read =
        readBlueprintBytes("exam.xml", R"(<blueprint format="1" id="e" bank="tqm-demo">
  <title>考试</title>
  <section title="一、单选题" type="single-choice" points="1">
    <fixed question="s1"/>
    <fixed question="t1"/>
    <fixed question="s99"/>
    <draw count="1" category="tools.spc"/>
    <draw count="1" category="tools"/>
  </section>
</blueprint>
)");
    REQUIRE(read.ok());
    const std::vector<Diagnostic> expected = {
        {"exam.xml", 1, 1, Severity::Error, "wrong-bank",
         "blueprint: it draws from bank \"tqm-demo\", but the bank given is \"assembly-test\""},
        {"exam.xml", 5, 5, Severity::Error, "fixed-type-mismatch",
         "section 1 \"一、单选题\": fixed question \"t1\" is 判断, but the section is 单选"},
        {"exam.xml", 6, 5, Severity::Error, "unknown-question",
         "section 1 \"一、单选题\": fixed question \"s99\" is not in bank \"assembly-test\""},
        {"exam.xml", 7, 5, Severity::Error, "unknown-category",
         "section 1 \"一、单选题\", rule 1: category \"tools.spc\" is not in bank "
         "\"assembly-test\""},
    };
    CHECK(checkBlueprintAgainstBank(read.blueprint, index) == expected);
    // Assembly runs the same checks first and makes no paper.
    const AssembledPaper paper = assemble(read.blueprint, index, 1);
    CHECK(paper.diagnostics == expected);
    CHECK(paper.questions.empty());
}

TEST_CASE("the demo blueprint assembles from the demo bank with its per-section counts") {
    const tqm::bank::ReadResult bank =
        tqm::bank::readBankFile(kRepository / "question-bank/banks/tqm-demo.xml");
    REQUIRE(bank.ok());
    const BlueprintReadResult blueprint =
        readBlueprintFile(kRepository / "question-bank/blueprints/tqm-demo-exam.xml");
    REQUIRE(blueprint.diagnostics.empty());
    const AssemblyIndex index(bank.bank);
    CHECK(checkBlueprintAgainstBank(blueprint.blueprint, index).empty());

    for (const char* employeeNo : {"A0001", "A0002", "B1234"}) {
        AssemblyRequest request;
        request.seed = paperSeed(blueprint.blueprint.options, 20261124, employeeNo);
        const AssembledPaper paper = assemblePaper(blueprint.blueprint, index, request);
        CHECK(paper.diagnostics.empty());
        REQUIRE(paper.questions.size() == 30);
        std::map<std::size_t, std::size_t> perSection;
        std::map<std::size_t, tqm::exam::Centipoints> pointsPerSection;
        for (std::size_t i = 0; i < paper.questions.size(); ++i) {
            ++perSection[paper.sectionOf[i]];
            pointsPerSection[paper.sectionOf[i]] += paper.questions[i].points;
            CHECK(paper.questions[i].type == blueprint.blueprint.sections[paper.sectionOf[i]].type);
        }
        CHECK(perSection == std::map<std::size_t, std::size_t>{
                                {0, 8}, {1, 4}, {2, 8}, {3, 4}, {4, 2}, {5, 2}, {6, 2}});
        CHECK(pointsPerSection ==
              std::map<std::size_t, tqm::exam::Centipoints>{
                  {0, 1600}, {1, 1200}, {2, 1600}, {3, 1600}, {4, 1000}, {5, 1000}, {6, 2000}});
        CHECK(paper.totalPoints() == 10000);
        std::set<std::string> ids;
        for (const PaperQuestion& q : paper.questions) ids.insert(q.questionId);
        CHECK(ids.size() == 30);
        CHECK(ids.count("basics-001") == 1);
        CHECK(ids.count("qc-004") == 1);
    }
}

TEST_CASE("two people get different demo papers from the same exam seed") {
    const tqm::bank::ReadResult bank =
        tqm::bank::readBankFile(kRepository / "question-bank/banks/tqm-demo.xml");
    const BlueprintReadResult blueprint =
        readBlueprintFile(kRepository / "question-bank/blueprints/tqm-demo-exam.xml");
    const AssemblyIndex index(bank.bank);
    const auto paperOf = [&](const char* employeeNo) {
        AssemblyRequest request;
        request.seed = paperSeed(blueprint.blueprint.options, 7, employeeNo);
        return tqm::exam::testing::idsOf(assemblePaper(blueprint.blueprint, index, request));
    };
    CHECK(paperOf("A0001") == paperOf("A0001"));
    CHECK(paperOf("A0001") != paperOf("A0002"));
}

TEST_CASE("the blueprint example of question-bank/README.md assembles from the demo bank") {
    std::ifstream in(kRepository / "question-bank/README.md", std::ios::binary);
    const std::string readme{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::size_t begin = readme.find("<blueprint format=\"1\" id=\"workshop-3-exam\"");
    const std::size_t end = readme.find("</blueprint>", begin);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    const BlueprintReadResult blueprint =
        readBlueprintBytes("README.md", readme.substr(begin, end + 12 - begin));
    REQUIRE(blueprint.diagnostics.empty());
    const tqm::bank::ReadResult bank =
        tqm::bank::readBankFile(kRepository / "question-bank/banks/tqm-demo.xml");
    const AssemblyIndex index(bank.bank);
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const AssembledPaper paper = assemble(blueprint.blueprint, index, seed);
        CHECK(paper.diagnostics.empty());
        CHECK(paper.questions.size() == 11);
        CHECK(paper.totalPoints() == 2800);  // 6 × 2 + 4 × 1.5 + 1 × 10
    }
}
