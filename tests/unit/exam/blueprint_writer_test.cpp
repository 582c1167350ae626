// Writing a blueprint back to XML: reading what was written gives the same blueprint, and the
// file is replaced atomically.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../store/store_test_support.h"
#include "exam/blueprint_reader.h"
#include "exam/blueprint_writer.h"

using namespace tqm::exam;

namespace {

std::filesystem::path shippedBlueprint() {
    return std::filesystem::path(TQM_SOURCE_DIR) / "question-bank" / "blueprints" /
           "tqm-demo-exam.xml";
}

std::string textOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("a blueprint written and read again is the same blueprint") {
    const BlueprintReadResult shipped = readBlueprintFile(shippedBlueprint());
    REQUIRE(shipped.ok());
    const std::string written = blueprintToXml(shipped.blueprint);
    const BlueprintReadResult again = readBlueprintBytes("again.xml", written);
    REQUIRE(again.diagnostics.empty());
    CHECK(blueprintToXml(again.blueprint) == written);

    const Blueprint& b = again.blueprint;
    CHECK(b.id == "tqm-demo-exam");
    CHECK(b.bankId == "tqm-demo");
    CHECK(b.title == "全面质量管理知识考试（演示）");
    CHECK(b.description == shipped.blueprint.description);
    CHECK(b.options.avoidRecentAttempts == 2);
    CHECK(b.options.shuffleQuestions);
    CHECK(b.options.shuffleOptions);
    CHECK(b.options.mode == PaperMode::PerPerson);
    CHECK(b.options.orderingScoring == OrderingScoring::PerPosition);
    REQUIRE(b.sections.size() == 7);
    CHECK(b.questionCount() == 30);
    CHECK(b.totalPoints() == 10000);
    CHECK(b.sections[0].fixed.size() == 1);
    CHECK(b.sections[0].fixed[0].questionId == "basics-001");
    CHECK(b.sections[0].rules[1].maxDifficulty == 3);
    CHECK(b.sections[2].rules[3].positions == std::vector<std::string>{"班组长", "生产操作工"});
    CHECK_FALSE(b.sections[3].rules[1].includeSubCategories);
    CHECK(b.sections[6].rules[0].tags == std::vector<std::string>{"因果图", "不合格控制"});
    CHECK(b.sections[6].pointsPerQuestion == 1000);
}

TEST_CASE("text with markup characters is escaped and read back unchanged") {
    Blueprint blueprint;
    blueprint.id = "esc";
    blueprint.bankId = "b";
    blueprint.title = "A & B <考试> \"一\"";
    BlueprintSection section;
    section.title = "一、<单选>";
    section.pointsPerQuestion = 150;
    DrawRule rule;
    rule.count = 2;
    rule.tags = {"P&ID"};
    section.rules.push_back(rule);
    blueprint.sections.push_back(section);
    const BlueprintReadResult read = readBlueprintBytes("esc.xml", blueprintToXml(blueprint));
    REQUIRE(read.diagnostics.empty());
    CHECK(read.blueprint.title == blueprint.title);
    CHECK(read.blueprint.sections[0].title == "一、<单选>");
    CHECK(read.blueprint.sections[0].pointsPerQuestion == 150);
    CHECK(read.blueprint.sections[0].rules[0].tags == std::vector<std::string>{"P&ID"});
}

TEST_CASE("saving a blueprint replaces the file, and a failed save leaves nothing behind") {
    tqm::storetest::TempFolder folder;
    const BlueprintReadResult shipped = readBlueprintFile(shippedBlueprint());
    REQUIRE(shipped.ok());
    const auto file = folder / "saved.xml";
    CHECK(writeBlueprintFile(file, shipped.blueprint).empty());
    CHECK(textOf(file) == blueprintToXml(shipped.blueprint));

    const auto missing = folder / "no-such-folder" / "saved.xml";
    const std::string error = writeBlueprintFile(missing, shipped.blueprint);
    CHECK_FALSE(error.empty());
    CHECK(error.find("saved.xml") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(missing.parent_path()));
}
