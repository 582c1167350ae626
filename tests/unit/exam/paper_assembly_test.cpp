#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "assembly_samples.h"

namespace {

using namespace tqm::exam;
using tqm::exam::testing::assemble;
using tqm::exam::testing::AssemblyBank;
using tqm::exam::testing::blueprintOf;
using tqm::exam::testing::idsOf;
using Ids = std::vector<std::string>;

Ids sorted(Ids ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Draws exactly as many as the rule's pool holds, so the paper is the pool.
Ids poolOf(const AssemblyIndex& index, const std::string& drawAttributes, std::size_t count,
           const std::string& children = {}) {
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><draw count=\"" +
        std::to_string(count) + "\" " + drawAttributes + ">" + children + "</draw></section>");
    const AssembledPaper paper = assemble(blueprint, index, 1);
    REQUIRE(paper.diagnostics.empty());
    return sorted(idsOf(paper));
}

}  // namespace

TEST_CASE("a rule draws only questions of its section's type that pass every filter") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    SECTION("the whole bank, when no category is given") {
        CHECK(poolOf(index, "", 7) == Ids{"s1", "s2", "s3", "s4", "s5", "s6", "s7"});
    }
    SECTION("a category with its sub-categories") {
        CHECK(poolOf(index, "category=\"tools\"", 5) == Ids{"s3", "s4", "s5", "s6", "s7"});
        CHECK(poolOf(index, "category=\"basics\"", 2) == Ids{"s1", "s2"});
    }
    SECTION("a category without its sub-categories") {
        CHECK(poolOf(index, "category=\"tools\" sub-categories=\"false\"", 2) == Ids{"s3", "s7"});
        CHECK(poolOf(index, "category=\"tools.cc\" sub-categories=\"false\"", 2) ==
              Ids{"s5", "s6"});
    }
    SECTION("a difficulty range, both ends included") {
        CHECK(poolOf(index, "category=\"tools\" min-difficulty=\"2\" max-difficulty=\"4\"", 3) ==
              Ids{"s3", "s4", "s5"});
        CHECK(poolOf(index, "min-difficulty=\"5\"", 1) == Ids{"s6"});
    }
    SECTION("tags: any one of those listed") {
        CHECK(poolOf(index, "", 2, "<tag>控制图</tag>") == Ids{"s3", "s5"});
        CHECK(poolOf(index, "", 3, "<tag>控制图</tag><tag>排列图</tag>") == Ids{"s3", "s4", "s5"});
    }
    SECTION("positions: any one of those listed, together with the other filters") {
        CHECK(poolOf(index, "", 2, "<position>班组长</position>") == Ids{"s4", "s7"});
        CHECK(poolOf(index, "max-difficulty=\"1\"", 1, "<position>班组长</position>") == Ids{"s7"});
    }
}

TEST_CASE("a rule that cannot get its count rejects the paper, naming rule and counts") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint =
        blueprintOf(R"(<section title="一、单选题" type="single-choice" points="1">
  <fixed question="s3"/>
  <draw count="4" category="tools" min-difficulty="2" max-difficulty="4"/>
  <draw count="2" category="basics"/>
  <draw count="2"><tag>控制图</tag></draw>
</section>
<section title="二、判断题" type="true-false" points="1">
  <draw count="2"/>
</section>)");
    const AssembledPaper paper = assemble(blueprint, index, 1);
    CHECK(paper.questions.empty());
    CHECK(paper.sectionOf.empty());
    REQUIRE(paper.diagnostics.size() == 3);
    CHECK(paper.diagnostics[0] ==
          tqm::Diagnostic{"test.xml", 5, 3, tqm::Severity::Error, "rule-unsatisfiable",
                          "section 1 \"一、单选题\", rule 1 (category tools (with "
                          "sub-categories), type 单选, difficulty 2-4): 4 questions requested, "
                          "only 2 available (3 questions match, 1 of them fixed or drawn by an "
                          "earlier rule)"});
    // Rule 1 took nothing, so rule 3 is judged on its own: s5 is still there, s3 is fixed.
    CHECK(paper.diagnostics[1] ==
          tqm::Diagnostic{"test.xml", 7, 3, tqm::Severity::Error, "rule-unsatisfiable",
                          "section 1 \"一、单选题\", rule 3 (the whole bank, type 单选, tag "
                          "控制图): 2 questions requested, only 1 available (2 questions match, "
                          "1 of them fixed or drawn by an earlier rule)"});
    CHECK(paper.diagnostics[2] ==
          tqm::Diagnostic{"test.xml", 10, 3, tqm::Severity::Error, "rule-unsatisfiable",
                          "section 2 \"二、判断题\", rule 1 (the whole bank, type 判断): 2 "
                          "questions requested, only 1 available"});
}

// The pool of the whole bank's single-choice questions is, in index order (difficulty, then
// category number, then bank order): s1 s7 s2 s4 s3 s5 s6. Seed 1's first bounded draws are
// below(7) = 3, below(6) = 4, below(5) = 0: position 3 (s4) moves to the front, then position
// 1 + 4 = 5 (s5), then position 2 (s2). Without shuffling, a rule's questions are shown in bank
// order: s2, s4, s5. Seed 2 draws 2, 4, 4: s2, then s5, then position 6 (s6).
TEST_CASE("the same seed gives the same paper and the golden draw of a fixed seed holds") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><draw count=\"3\"/>"
        "</section>");
    CHECK(idsOf(assemble(blueprint, index, 1)) == Ids{"s2", "s4", "s5"});
    CHECK(idsOf(assemble(blueprint, index, 2)) == Ids{"s2", "s5", "s6"});
    CHECK(assemble(blueprint, index, 1).seed == 1);
    for (std::uint64_t seed : {3ULL, 77ULL, 20261124ULL}) {
        const AssembledPaper first = assemble(blueprint, index, seed);
        const AssembledPaper again = assemble(blueprint, index, seed);
        CHECK(idsOf(first) == idsOf(again));
    }
}

TEST_CASE("different seeds give different papers, and every question of the pool comes up") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><draw count=\"3\"/>"
        "</section>",
        "shuffle-questions=\"true\"");
    std::set<Ids> papers;
    std::set<std::string> seen;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const Ids ids = idsOf(assemble(blueprint, index, seed));
        papers.insert(ids);
        seen.insert(ids.begin(), ids.end());
    }
    // 7 * 6 * 5 = 210 ordered papers exist; 200 seeds find far more than half of them.
    CHECK(papers.size() > 120);
    CHECK(seen.size() == 7);
}

TEST_CASE(
    "no question appears twice: fixed ones are kept out of the rules, rules use what is left") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint =
        blueprintOf(R"(<section title="一、单选题" type="single-choice" points="1">
  <fixed question="s6"/>
  <fixed question="s1"/>
  <draw count="4" category="tools"/>
  <draw count="1"/>
</section>)");
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const AssembledPaper paper = assemble(blueprint, index, seed);
        REQUIRE(paper.ok());
        const Ids ids = idsOf(paper);
        CHECK(sorted(ids) == Ids{"s1", "s2", "s3", "s4", "s5", "s6", "s7"});
        // Fixed questions first, in blueprint order; rule 1's four tools questions next.
        CHECK(ids[0] == "s6");
        CHECK(ids[1] == "s1");
        CHECK(sorted({ids[2], ids[3], ids[4], ids[5]}) == Ids{"s3", "s4", "s5", "s7"});
        CHECK(ids[6] == "s2");
    }
}

TEST_CASE("recently seen questions are avoided first, then reused oldest first with a warning") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    AssemblyRequest request;
    request.seed = 5;
    // s5 was seen 3 attempts ago: outside a window of 2, so it counts as not seen.
    request.recentlySeen = {{"s3", 1}, {"s4", 2}, {"s5", 3}, {"not-in-bank", 1}};
    const auto blueprintDrawing = [](int count) {
        return blueprintOf(
            "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\">"
            "<draw count=\"" +
                std::to_string(count) + "\" category=\"tools\"/></section>",
            "avoid-recent=\"2\"");
    };
    SECTION("enough unseen questions: no seen one is drawn") {
        const AssembledPaper paper = assemblePaper(blueprintDrawing(3), index, request);
        CHECK(paper.diagnostics.empty());
        CHECK(idsOf(paper) == Ids{"s5", "s6", "s7"});
    }
    SECTION("one too few: the one seen longest ago is reused") {
        const AssembledPaper paper = assemblePaper(blueprintDrawing(4), index, request);
        CHECK(idsOf(paper) == Ids{"s4", "s5", "s6", "s7"});
        REQUIRE(paper.diagnostics.size() == 1);
        INFO(tqm::formatDiagnostic(paper.diagnostics[0]));
        CHECK(paper.diagnostics[0] ==
              tqm::Diagnostic{"test.xml", 4, 56, tqm::Severity::Warning, "recent-questions-reused",
                              "section 1 \"一、单选题\", rule 1 (category tools (with "
                              "sub-categories), type 单选): only 3 of the 4 questions requested "
                              "were not seen in the person's last 2 attempts; 1 question seen "
                              "before is reused, those seen longest ago first"});
        CHECK(paper.ok());
    }
    SECTION("a window of 0 turns avoiding off") {
        const Blueprint blueprint = blueprintOf(
            "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><draw count=\"3\" "
            "category=\"tools\"/></section>");
        AssemblyRequest plain = request;
        plain.recentlySeen.clear();
        CHECK(idsOf(assemblePaper(blueprint, index, request)) ==
              idsOf(assemblePaper(blueprint, index, plain)));
    }
}

TEST_CASE("shuffled options keep the key on the option it belongs to") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><fixed question=\"s1\"/>"
        "</section><section title=\"二、多选题\" type=\"multiple-choice\" points=\"2\"><fixed "
        "question=\"m1\"/></section>",
        "shuffle-options=\"true\"");
    std::set<std::string> firstShown;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const AssembledPaper paper = assemble(blueprint, index, seed);
        REQUIRE(paper.questions.size() == 2);
        const PaperQuestion& single = paper.questions[0];
        REQUIRE(single.options.size() == 4);
        for (const PaperOption& option : single.options)
            CHECK(option.correct == (option.text == "s1 A 对"));
        firstShown.insert(single.options[0].text);
        // m1's key is its authored option B (and A, as every sample question's A is right).
        for (const PaperOption& option : paper.questions[1].options)
            CHECK(option.correct == (option.text == "m1 A 对" || option.text == "m1 B 错"));
    }
    CHECK(firstShown.size() == 4);
}

TEST_CASE("options stay in authored order unless shuffled, ordering items never do") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1\"><fixed question=\"s2\"/>"
        "</section><section title=\"二、排序题\" type=\"ordering\" points=\"4\"><fixed "
        "question=\"o1\"/></section><section title=\"三、连线题\" type=\"matching\" "
        "points=\"3\"><fixed question=\"x1\"/></section>",
        "ordering-scoring=\"per-position\"");
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const AssembledPaper paper = assemble(blueprint, index, seed);
        REQUIRE(paper.questions.size() == 3);
        CHECK(paper.questions[0].options[0].text == "s2 A 对");
        const PaperQuestion& ordering = paper.questions[1];
        CHECK(ordering.orderingScoring == OrderingScoring::PerPosition);
        CHECK(ordering.correctOrder != std::vector<std::size_t>{0, 1, 2, 3});
        const std::vector<std::string> right = {"计划", "实施", "检查", "处置"};
        for (std::size_t k = 0; k < right.size(); ++k)
            CHECK(ordering.options[ordering.correctOrder[k]].text == right[k]);
        const PaperQuestion& matching = paper.questions[2];
        CHECK(matching.matchPrompts == std::vector<std::string>{"排列图", "因果图", "控制图"});
        CHECK(matching.matchKey != std::vector<std::size_t>{0, 1, 2});
        CHECK(matching.matchAnswers[matching.matchKey[1]] == "找原因");
    }
}

TEST_CASE("every question is worth its section's points, whatever the bank says") {
    const AssemblyBank sample;
    const AssemblyIndex index(sample.bank);
    const Blueprint blueprint = blueprintOf(
        "<section title=\"一、单选题\" type=\"single-choice\" points=\"1.5\"><draw count=\"3\"/>"
        "</section><section title=\"二、判断题\" type=\"true-false\" points=\"0.25\"><draw "
        "count=\"1\"/></section>");
    const AssembledPaper paper = assemble(blueprint, index, 9);
    REQUIRE(paper.questions.size() == 4);
    CHECK(paper.sectionOf == std::vector<std::size_t>{0, 0, 0, 1});
    CHECK(paper.questions[0].points == 150);
    CHECK(paper.questions[3].points == 25);
    CHECK(paper.questions[3].questionId == "t1");
    CHECK(paper.questions[3].bankId == "assembly-test");
    CHECK(paper.totalPoints() == 475);
}

TEST_CASE("a paper per person uses the person's seed, one paper for all the exam's seed") {
    BlueprintOptions options;
    CHECK(paperSeed(options, 42, "A0001") == 42);
    options.mode = PaperMode::PerPerson;
    CHECK(paperSeed(options, 42, "A0001") == seedForPerson(42, "A0001"));
    CHECK(paperSeed(options, 42, "A0001") != paperSeed(options, 42, "A0002"));
}
