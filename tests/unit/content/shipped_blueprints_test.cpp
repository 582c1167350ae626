// Every blueprint shipped in question-bank/blueprints/ can make papers from the shipped bank it
// names, for any seed and any person, with the questions and points it promises.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <memory>

#include "bank/native_reader.h"
#include "exam/assembly_index.h"
#include "exam/blueprint_reader.h"
#include "exam/paper_assembly.h"

namespace {

const std::filesystem::path kRepository(TQM_SOURCE_DIR);

struct ShippedBank {
    tqm::bank::Bank bank;
    std::unique_ptr<tqm::exam::AssemblyIndex> index;
};

// Each shipped bank, read and indexed once for all the tests.
std::map<std::string, ShippedBank>& shippedBanks() {
    static std::map<std::string, ShippedBank> banks = [] {
        std::map<std::string, ShippedBank> read;
        for (const char* file : {"tqm-demo.xml", "tqm-knowledge.xml"}) {
            tqm::bank::ReadResult result =
                tqm::bank::readBankFile(kRepository / "question-bank/banks" / file);
            REQUIRE(result.ok());
            const std::string id(result.bank.id);
            ShippedBank& entry = read[id];
            entry.bank = std::move(result.bank);
        }
        for (auto& [id, entry] : read)
            entry.index = std::make_unique<tqm::exam::AssemblyIndex>(entry.bank);
        return read;
    }();
    return banks;
}

tqm::exam::Blueprint blueprint(const std::string& name) {
    const tqm::exam::BlueprintReadResult read =
        tqm::exam::readBlueprintFile(kRepository / "question-bank/blueprints" / (name + ".xml"));
    REQUIRE(read.diagnostics.empty());
    return read.blueprint;
}

tqm::exam::AssembledPaper assemble(const tqm::exam::Blueprint& b, std::uint64_t seed,
                                   const char* employeeNo) {
    const ShippedBank& bank = shippedBanks().at(b.bankId);
    tqm::exam::AssemblyRequest request;
    request.seed = tqm::exam::paperSeed(b.options, seed, employeeNo);
    return tqm::exam::assemblePaper(b, *bank.index, request);
}

}  // namespace

TEST_CASE("every shipped blueprint makes papers for any seed and person without a problem") {
    std::size_t blueprints = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(kRepository / "question-bank/blueprints")) {
        if (entry.path().extension() != ".xml") continue;
        ++blueprints;
        const tqm::exam::Blueprint b = blueprint(entry.path().stem().string());
        INFO(entry.path().filename().string());
        REQUIRE(shippedBanks().count(b.bankId) == 1);
        for (std::uint64_t seed : {1u, 20261124u, 987654321u})
            for (const char* person : {"D0001", "D0018", "D0036"}) {
                const tqm::exam::AssembledPaper paper = assemble(b, seed, person);
                CHECK(paper.diagnostics.empty());
                CHECK(paper.questions.size() == b.questionCount());
                CHECK(paper.totalPoints() == b.totalPoints());
            }
    }
    // The demo exam, 15 course quizzes, two competition papers, three certification exams.
    CHECK(blueprints == 21);
}

TEST_CASE(
    "the individual competition paper is 60 single, 30 multiple and 10 true/false, 100 points") {
    const tqm::exam::Blueprint b = blueprint("competition-individual");
    const tqm::exam::AssembledPaper paper = assemble(b, 42, "D0001");
    REQUIRE(paper.ok());
    std::map<tqm::bank::QuestionType, std::size_t> types;
    for (const auto& q : paper.questions) ++types[q.type];
    CHECK(types == std::map<tqm::bank::QuestionType, std::size_t>{
                       {tqm::bank::QuestionType::SingleChoice, 60},
                       {tqm::bank::QuestionType::MultipleChoice, 30},
                       {tqm::bank::QuestionType::TrueFalse, 10}});
    CHECK(paper.totalPoints() == 10000);
    // Every seat gets the same paper.
    CHECK(assemble(b, 42, "D0036").questions.front().questionId ==
          paper.questions.front().questionId);
}

TEST_CASE("each course quiz draws only from its own course and totals 100 points") {
    for (const char* course : {"tqm-basics", "spc", "fmea", "traceability"}) {
        const tqm::exam::Blueprint b = blueprint(std::string("quiz-") + course);
        INFO(course);
        CHECK(b.totalPoints() == 10000);
        const tqm::exam::AssembledPaper paper = assemble(b, 7, "D0005");
        REQUIRE(paper.ok());
        for (const auto& q : paper.questions)
            CHECK(q.category.substr(0, q.category.find('.')) == course);
    }
}

TEST_CASE("a certification exam asks only questions tagged with its key position") {
    const std::map<std::string, std::string> exams{{"cert-quality-inspector", "质量检验员"},
                                                   {"cert-qc-leader", "QC小组组长"},
                                                   {"cert-spc-engineer", "SPC工程师"}};
    for (const auto& [name, position] : exams) {
        const tqm::exam::Blueprint b = blueprint(name);
        INFO(name);
        CHECK(b.totalPoints() == 10000);
        const tqm::exam::AssembledPaper paper = assemble(b, 3, "D0009");
        REQUIRE(paper.ok());
        const tqm::bank::Bank& bank = shippedBanks().at(b.bankId).bank;
        for (const auto& q : paper.questions) {
            const tqm::bank::Question* source = bank.findQuestion(q.questionId);
            REQUIRE(source != nullptr);
            CHECK(std::find(source->positions.begin(), source->positions.end(), position) !=
                  source->positions.end());
        }
    }
}
