// The bank of tests/data/banks/canonical.xml built in code: one question of every type, every
// optional attribute and element used at least once and left out at least once.
#pragma once

#include "bank_builder.h"

namespace tqm::bank::testing {

inline Bank canonicalBank() {
    BankBuilder b;
    Bank& bank = b.bank;
    bank.id = bank.keep("canonical");
    bank.version = bank.keep("2.1.0");
    bank.title = bank.keep("规范格式样例题库");
    bank.organization = bank.keep("示例制造有限公司 质量部");
    bank.description = bank.keep("每种题型一道题，用于检查读写往返。\n第二行说明。");
    bank.scoring = MultipleChoiceScoring::Partial;
    bank.categories.front().pos = {8, 5};
    Category pdca = b.category("basics.pdca", "PDCA循环", 9);
    pdca.pos.column = 7;
    Category steps = b.category("basics.pdca.steps", "八个步骤", 10);
    steps.pos.column = 9;
    pdca.children.push_back(steps);
    bank.categories.front().children.push_back(pdca);
    bank.categories.push_back(b.category("tools", "质量工具", 13));

    Question& s1 = b.addChoice(
        QuestionType::SingleChoice, "s1", 16, "全面质量管理中的“三全”不包括下列哪一项？",
        {{"全员参加的质量管理", false}, {"全自动的质量管理", true}, {"全过程的质量管理", false}});
    s1.difficulty = 2;
    s1.images = {bank.keep("images/three-all.png")};
    s1.explanation = bank.keep("“三全”是指全员、全过程、全企业（全组织）的质量管理。");
    s1.source = bank.keep("GB/T 19000-2016 2.3");
    s1.tags = {bank.keep("三全"), bank.keep("基础概念")};
    s1.positions = {bank.keep("质量检验员"), bank.keep("班组长")};

    Question& m1 =
        b.addChoice(QuestionType::MultipleChoice, "m1", 27, "下列属于“老七种工具”的有哪些？",
                    {{"排列图", true}, {"因果图", true}, {"关联图", false}, {"控制图", true}});
    m1.category = bank.keep("tools");
    m1.title = bank.keep("老七种工具");
    m1.points = 2;
    m1.scoring = MultipleChoiceScoring::AllOrNothing;

    Question& t1 = b.add(QuestionType::TrueFalse, "t1", 34, "PDCA循环又称戴明环。");
    t1.category = bank.keep("basics.pdca");
    t1.difficulty = 1;
    t1.points = 0.5;
    t1.answerTrue = true;

    Blank doBlank = b.blank({"实施", "执行", "Do"});
    Blank actBlank = b.blank({"处置", "Act"});
    Question& f1 =
        b.add(QuestionType::FillBlank, "f1", 37, "PDCA循环的四个阶段是计划、____、检查和____。");
    f1.category = bank.keep("basics.pdca");
    f1.points = 2;
    f1.caseSensitive = true;
    f1.blanks = {doBlank, actBlank};

    Blank cpk;
    cpk.number = 1.33;
    cpk.tolerance = 0.01;
    Blank negative = b.blank({"负零点五"});
    negative.number = -0.5;
    Question& f2 = b.add(QuestionType::FillBlank, "f2", 42,
                         "某过程 Cp=1.33，分布中心与公差中心重合，则 Cpk 为 ____；均值向下偏移 0.5 "
                         "mm 记作 ____ mm。");
    f2.category = bank.keep("tools");
    f2.difficulty = 4;
    f2.points = 2.25;
    f2.blanks = {cpk, negative};

    Question& o1 =
        b.addChoice(QuestionType::Ordering, "o1", 47, "按 PDCA 的顺序排列下列阶段。",
                    {{"计划 & 目标", false}, {"实施", false}, {"检查", false}, {"处置", false}});
    o1.category = bank.keep("basics.pdca.steps");
    o1.difficulty = 5;

    const std::vector<MatchPair> pairs = {b.pair("排列图", "找出主要问题"),
                                          b.pair("因果图", "分析 <原因>")};
    Question& x1 = b.add(QuestionType::Matching, "x1", 54, "将工具与其主要用途连线。");
    x1.category = bank.keep("tools");
    x1.pairs = pairs;

    Question& a1 = b.add(QuestionType::ShortAnswer, "a1", 59, "简述 QC 小组活动的基本程序。");
    a1.points = 10;
    a1.referenceAnswer = bank.keep(
        "选择课题、现状调查、设定目标、原因分析、确定主要原因、制定对策、对策实施、效果检查、"
        "制定巩固措施、总结和下一步打算。");
    a1.gradingNotes = bank.keep("每个步骤 1 分，顺序错误酌情扣分。");
    a1.explanation = bank.keep("参见 T/CAQ 10201-2020。");

    bank.reindex();
    return std::move(b.bank);
}

}  // namespace tqm::bank::testing
