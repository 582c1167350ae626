// A small bank for the practice tests: one question of every type over a category tree
//   basics
//   tools ── tools.pareto
//         └─ tools.fishbone
// Bank order: q-s1 q-m1 q-tf q-fb q-or q-ma q-sa q-num.
#pragma once

#include "../bank/bank_builder.h"

namespace tqm::session::testing {

inline bank::Bank practiceBank() {
    using bank::QuestionType;
    bank::testing::BankBuilder b;
    b.bank.id = b.bank.keep("tqm-basics");
    bank::Category tools = b.category("tools", "质量工具", 6);
    tools.children.push_back(b.category("tools.pareto", "排列图", 7));
    tools.children.push_back(b.category("tools.fishbone", "因果图", 8));
    b.bank.categories.push_back(tools);

    bank::Question& s1 = b.addChoice(QuestionType::SingleChoice, "q-s1", 10, "PDCA 中的 P 指什么？",
                                     {{"计划", true}, {"执行", false}, {"检查", false}});
    s1.explanation = b.bank.keep("P 是 Plan，即计划。");

    bank::Question& m1 =
        b.addChoice(QuestionType::MultipleChoice, "q-m1", 20, "排列图的作用有哪些？",
                    {{"找主要问题", true}, {"体现二八原则", true}, {"判断过程稳定", false}});
    m1.category = b.bank.keep("tools.pareto");
    m1.points = 2;
    m1.scoring = bank::MultipleChoiceScoring::Partial;

    bank::Question& tf = b.add(QuestionType::TrueFalse, "q-tf", 30, "质量工具可以组合使用。");
    tf.category = b.bank.keep("tools");
    tf.answerTrue = true;

    bank::Question& fb = b.add(QuestionType::FillBlank, "q-fb", 40, "因果图又称____图或____图。");
    fb.category = b.bank.keep("tools.fishbone");
    fb.points = 2;
    fb.blanks = {b.blank({"鱼刺", "鱼骨"}), b.blank({"石川"})};

    bank::Question& order =
        b.addChoice(QuestionType::Ordering, "q-or", 50, "排出 PDCA 的顺序。",
                    {{"计划", false}, {"执行", false}, {"检查", false}, {"处理", false}});
    order.category = b.bank.keep("tools");
    order.points = 4;

    bank::Question& match = b.add(QuestionType::Matching, "q-ma", 60, "把工具和用途连起来。");
    match.category = b.bank.keep("tools.pareto");
    match.points = 3;
    match.pairs = {b.pair("排列图", "找主要问题"), b.pair("因果图", "找原因"),
                   b.pair("控制图", "判稳定")};
    match.explanation = b.bank.keep("三种常用工具。");

    bank::Question& essay = b.add(QuestionType::ShortAnswer, "q-sa", 70, "简述持续改进的意义。");
    essay.referenceAnswer = b.bank.keep("持续改进使组织适应变化。");
    essay.gradingNotes = b.bank.keep("提到适应变化得满分。");

    bank::Question& number = b.add(QuestionType::FillBlank, "q-num", 80, "σ 水平约____。");
    bank::Blank numeric;
    numeric.number = 3.4;
    numeric.tolerance = 0.1;
    number.blanks = {numeric};

    b.bank.reindex();
    return std::move(b.bank);
}

}  // namespace tqm::session::testing
