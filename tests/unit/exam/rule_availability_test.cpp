// How many questions each draw rule can draw from, counted over a small hand-built bank
// (assembly_samples.h): single-choice questions s1..s7 across basics, basics.pdca, tools,
// tools.pareto and tools.cc.
#include <catch2/catch.hpp>

#include "assembly_samples.h"
#include "exam/rule_availability.h"

using namespace tqm::exam;
using tqm::exam::testing::AssemblyBank;
using tqm::exam::testing::blueprintOf;

namespace {

std::vector<std::size_t> availableOf(const BlueprintAvailability& counts) {
    std::vector<std::size_t> available;
    for (const auto& section : counts.rules)
        for (const RuleAvailability& rule : section) available.push_back(rule.available);
    return available;
}

std::vector<std::string> codesOf(const BlueprintAvailability& counts) {
    std::vector<std::string> codes;
    for (const tqm::Diagnostic& warning : counts.warnings) codes.push_back(warning.code);
    return codes;
}

}  // namespace

TEST_CASE(
    "each rule counts the questions of its type that pass its category, difficulty, tag "
    "and position filters") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(R"(
<section title="单选" type="single-choice" points="2">
  <draw count="1" category="basics"/>
  <draw count="1" category="basics" sub-categories="false"/>
  <draw count="1" category="tools.pareto"/>
  <draw count="1" category="basics.pdca" max-difficulty="1"/>
</section>
<section title="多选" type="multiple-choice" points="3">
  <draw count="1" category="tools"/>
</section>
<section title="单选二" type="single-choice" points="2">
  <draw count="1" min-difficulty="4"><tag>控制图</tag></draw>
</section>)");
    const BlueprintAvailability counts = ruleAvailability(blueprint, index);
    CHECK(availableOf(counts) == std::vector<std::size_t>{2, 1, 1, 0, 1, 1});
    CHECK(counts.rules[0][3].shortOfQuestions());
    // basics (s1, s2) and basics without sub-categories (s1) share s1.
    CHECK(codesOf(counts) == std::vector<std::string>{"rules-overlap", "rule-short"});
}

TEST_CASE("rules that share questions are warned about at the later rule, with how many") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint =
        blueprintOf(R"(<section title="单选" type="single-choice" points="2">
<draw count="3" category="tools" max-difficulty="3"/>
<draw count="2"><position>班组长</position></draw>
</section>)");
    const BlueprintAvailability counts = ruleAvailability(blueprint, index);
    REQUIRE(counts.rules.size() == 1);
    const RuleAvailability& first = counts.rules[0][0];
    CHECK(first.matching == 3);  // s3, s4, s7
    CHECK(first.available == 3);
    CHECK(first.needed == 3);
    CHECK_FALSE(first.shortOfQuestions());
    CHECK(counts.rules[0][1].available == 2);  // s4, s7
    REQUIRE(counts.warnings.size() == 1);
    CHECK(counts.warnings[0].code == "rules-overlap");
    CHECK(counts.warnings[0].line == 5);  // the second <draw>
    CHECK(counts.warnings[0].message ==
          "section 1 \"单选\", rule 2 shares 2 questions with section 1 \"单选\", rule 1; what it "
          "can draw depends on what that rule drew");
    CHECK(first.overlaps.size() == 1);
    CHECK(first.overlaps[0].rule == 1);
    CHECK(first.overlaps[0].shared == 2);
}

TEST_CASE("fixed questions are left out of what a rule can draw") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint =
        blueprintOf(R"(<section title="单选" type="single-choice" points="2">
<fixed question="s5"/>
<draw count="5" category="tools"/>
</section>)");
    const BlueprintAvailability counts = ruleAvailability(blueprint, index);
    const RuleAvailability& rule = counts.rules[0][0];
    CHECK(rule.matching == 5);
    CHECK(rule.fixed == 1);
    CHECK(rule.available == 4);
    REQUIRE(counts.warnings.size() == 1);
    CHECK(counts.warnings[0].code == "rule-short");
    CHECK(counts.warnings[0].message ==
          "section 1 \"单选\", rule 1: 5 requested, only 4 in the bank");
}

TEST_CASE("a rule on a category the bank lacks can draw nothing") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint =
        blueprintOf(R"(<section title="单选" type="single-choice" points="2">
<draw count="1" category="nowhere"/>
</section>)");
    const BlueprintAvailability counts = ruleAvailability(blueprint, index);
    CHECK_FALSE(counts.rules[0][0].categoryKnown);
    CHECK(counts.rules[0][0].available == 0);
    CHECK(codesOf(counts) == std::vector<std::string>{"rule-short"});
}
