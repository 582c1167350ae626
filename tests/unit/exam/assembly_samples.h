// A small hand-built bank and blueprint helpers for the paper assembly tests. The bank's
// categories are numbered basics 0, basics.pdca 1, tools 2, tools.pareto 3, tools.cc 4.
#pragma once

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "exam/blueprint_reader.h"
#include "exam/paper_assembly.h"

namespace tqm::exam::testing {

class AssemblyBank {
  public:
    AssemblyBank() {
        bank.id = bank.keep("assembly-test");
        bank.version = bank.keep("1");
        bank.title = bank.keep("组卷测试题库");
        bank.categories.push_back(category("basics", {category("basics.pdca", {})}));
        bank.categories.push_back(
            category("tools", {category("tools.pareto", {}), category("tools.cc", {})}));
        using T = bank::QuestionType;
        // index 0..6: single choice
        add(T::SingleChoice, "s1", "basics", 1, {}, {});
        add(T::SingleChoice, "s2", "basics.pdca", 2, {}, {});
        add(T::SingleChoice, "s3", "tools", 3, {"控制图"}, {});
        add(T::SingleChoice, "s4", "tools.pareto", 2, {"排列图"}, {"班组长"});
        add(T::SingleChoice, "s5", "tools.cc", 4, {"控制图"}, {"质量检验员"});
        add(T::SingleChoice, "s6", "tools.cc", 5, {}, {});
        add(T::SingleChoice, "s7", "tools", 1, {}, {"班组长", "质量工程师"});
        // 7..10: one of each other type
        bank::Question& m = add(T::MultipleChoice, "m1", "tools.pareto", 3, {}, {});
        m.choices[1].correct = true;
        add(T::TrueFalse, "t1", "tools", 2, {}, {}).answerTrue = true;
        bank::Question& o = add(T::Ordering, "o1", "basics.pdca", 2, {}, {});
        o.choices = {{bank.keep("计划"), false},
                     {bank.keep("实施"), false},
                     {bank.keep("检查"), false},
                     {bank.keep("处置"), false}};
        bank::Question& x = add(T::Matching, "x1", "basics", 2, {}, {});
        x.choices.clear();
        x.pairs = {{bank.keep("排列图"), bank.keep("找主要问题")},
                   {bank.keep("因果图"), bank.keep("找原因")},
                   {bank.keep("控制图"), bank.keep("判稳定")}};
        bank.reindex();
    }

    bank::Bank bank;

  private:
    bank::Category category(std::string_view id, std::vector<bank::Category> children) {
        bank::Category c;
        c.id = bank.keep(id);
        c.title = c.id;
        c.children = std::move(children);
        return c;
    }

    bank::Question& add(bank::QuestionType type, std::string_view id, std::string_view category,
                        int difficulty, std::initializer_list<std::string_view> tags,
                        std::initializer_list<std::string_view> positions) {
        bank::Question q;
        q.id = bank.keep(id);
        q.type = type;
        q.category = bank.keep(category);
        q.difficulty = difficulty;
        q.stem = bank.keep(std::string("题干 ") + std::string(id));
        // Option texts name their letter and whether they are the key, so a test can check
        // that the key follows the text through any shuffle.
        q.choices = {{bank.keep(std::string(id) + " A 对"), true},
                     {bank.keep(std::string(id) + " B 错"), false},
                     {bank.keep(std::string(id) + " C 错"), false},
                     {bank.keep(std::string(id) + " D 错"), false}};
        for (std::string_view tag : tags) q.tags.push_back(bank.keep(tag));
        for (std::string_view position : positions) q.positions.push_back(bank.keep(position));
        bank.questions.push_back(q);
        return bank.questions.back();
    }
};

// A blueprint for the test bank from the inside of its <blueprint> element, after the title;
// `options` are the attributes of <options>.
inline Blueprint blueprintOf(std::string_view sections, std::string_view options = {}) {
    std::string xml =
        "<blueprint format=\"1\" id=\"test\" bank=\"assembly-test\">\n<title>T</title>\n";
    if (!options.empty()) xml += "<options " + std::string(options) + "/>\n";
    xml += std::string(sections) + "\n</blueprint>\n";
    BlueprintReadResult read = readBlueprintBytes("test.xml", xml);
    std::string problems;
    for (const Diagnostic& d : read.diagnostics) problems += formatDiagnostic(d) + "\n";
    INFO(problems);
    REQUIRE(read.diagnostics.empty());
    return std::move(read.blueprint);
}

inline std::vector<std::string> idsOf(const AssembledPaper& paper) {
    std::vector<std::string> ids;
    for (const PaperQuestion& q : paper.questions) ids.push_back(q.questionId);
    return ids;
}

inline AssembledPaper assemble(const Blueprint& blueprint, const AssemblyIndex& index,
                               std::uint64_t seed) {
    AssemblyRequest request;
    request.seed = seed;
    return assemblePaper(blueprint, index, request);
}

}  // namespace tqm::exam::testing
