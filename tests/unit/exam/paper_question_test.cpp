#include <stdexcept>

#include <catch2/catch.hpp>

#include "../bank/bank_builder.h"
#include "exam/paper_question.h"

using tqm::bank::QuestionType;
using tqm::bank::testing::BankBuilder;
using tqm::exam::freezeQuestion;
using tqm::exam::OrderingScoring;
using tqm::exam::PaperQuestion;
using tqm::exam::ShownOrder;

namespace {

const tqm::exam::FreezeRules kPartial{tqm::bank::MultipleChoiceScoring::Partial,
                                      OrderingScoring::PerPosition};

}  // namespace

TEST_CASE("a frozen multiple-choice question lists its options in shown order with the key") {
    PaperQuestion paper;
    {
        BankBuilder b;
        auto& q = b.addChoice(QuestionType::MultipleChoice, "mc-1", 10, "PDCA 包括哪些阶段？",
                              {{"计划", true}, {"检验", false}, {"处理", true}});
        q.points = 1.5;
        q.explanation = b.bank.keep("戴明环");
        paper = freezeQuestion("tqm-basics", q, ShownOrder{{2, 0, 1}, {}}, kPartial);
    }
    // The bank is gone here: the paper owns every text.
    CHECK(paper.bankId == "tqm-basics");
    CHECK(paper.questionId == "mc-1");
    CHECK(paper.category == "basics");
    CHECK(paper.stem == "PDCA 包括哪些阶段？");
    REQUIRE(paper.options.size() == 3);
    CHECK(paper.options[0].text == "处理");
    CHECK(paper.options[0].correct);
    CHECK(paper.options[1].text == "计划");
    CHECK(paper.options[1].correct);
    CHECK(paper.options[2].text == "检验");
    CHECK_FALSE(paper.options[2].correct);
    CHECK(paper.points == 150);
    CHECK(paper.choiceScoring == tqm::bank::MultipleChoiceScoring::Partial);
    CHECK(paper.explanation == "戴明环");
}

TEST_CASE("an empty shown order keeps the authored order") {
    BankBuilder b;
    auto& q =
        b.addChoice(QuestionType::SingleChoice, "sc-1", 10, "题干", {{"甲", false}, {"乙", true}});
    const PaperQuestion paper = freezeQuestion("bank", q, {}, {});
    REQUIRE(paper.options.size() == 2);
    CHECK(paper.options[0].text == "甲");
    CHECK(paper.options[1].text == "乙");
    CHECK(paper.options[1].correct);
    CHECK(paper.points == 100);
}

TEST_CASE("a frozen ordering question records the shown index of each item in the right order") {
    BankBuilder b;
    auto& q = b.addChoice(QuestionType::Ordering, "ord-1", 10, "排列 PDCA",
                          {{"计划", false}, {"执行", false}, {"检查", false}, {"处理", false}});
    const PaperQuestion paper = freezeQuestion("bank", q, ShownOrder{{2, 0, 3, 1}, {}}, kPartial);
    REQUIRE(paper.options.size() == 4);
    CHECK(paper.options[0].text == "检查");
    CHECK(paper.options[1].text == "计划");
    CHECK(paper.options[2].text == "处理");
    CHECK(paper.options[3].text == "执行");
    // 计划 is shown at 1, 执行 at 3, 检查 at 0, 处理 at 2.
    CHECK(paper.correctOrder == std::vector<std::size_t>{1, 3, 0, 2});
    CHECK(paper.orderingScoring == OrderingScoring::PerPosition);
}

TEST_CASE("a frozen matching question keys each shown prompt to its shown answer") {
    BankBuilder b;
    auto& q = b.add(QuestionType::Matching, "m-1", 10, "工具与用途");
    q.pairs = {b.pair("排列图", "找主要问题"), b.pair("因果图", "找原因"), b.pair("", "看分布")};
    const PaperQuestion paper = freezeQuestion("bank", q, ShownOrder{{2, 0, 1}, {1, 2, 0}}, {});
    CHECK(paper.matchAnswers == std::vector<std::string>{"看分布", "找主要问题", "找原因"});
    // The pair with no prompt is a distractor: it adds an answer but no prompt.
    CHECK(paper.matchPrompts == std::vector<std::string>{"因果图", "排列图"});
    CHECK(paper.matchKey == std::vector<std::size_t>{2, 1});
}

TEST_CASE("a frozen fill-in-the-blank question keeps accepted answers, numbers and case rule") {
    BankBuilder b;
    auto& q = b.add(QuestionType::FillBlank, "fb-1", 10, "____ 循环，Cpk = ____");
    q.blanks = {b.blank({"PDCA", "戴明"}), b.blank({})};
    q.blanks[1].number = 1.33;
    q.blanks[1].tolerance = 0.01;
    q.caseSensitive = true;
    const PaperQuestion paper = freezeQuestion("bank", q, {}, {});
    REQUIRE(paper.blanks.size() == 2);
    CHECK(paper.blanks[0].accepted == std::vector<std::string>{"PDCA", "戴明"});
    CHECK_FALSE(paper.blanks[0].number.has_value());
    CHECK(paper.blanks[1].accepted.empty());
    CHECK(paper.blanks[1].number == 1.33);
    CHECK(paper.blanks[1].tolerance == 0.01);
    CHECK(paper.caseSensitive);
}

TEST_CASE("a shown order that is not a permutation is a bug in paper assembly") {
    BankBuilder b;
    auto& q = b.addChoice(QuestionType::SingleChoice, "sc-1", 10, "题干",
                          {{"甲", false}, {"乙", true}, {"丙", false}});
    SECTION("an index twice") {
        CHECK_THROWS_AS(freezeQuestion("bank", q, ShownOrder{{0, 0, 1}, {}}, {}),
                        std::invalid_argument);
    }
    SECTION("an index out of range") {
        CHECK_THROWS_AS(freezeQuestion("bank", q, ShownOrder{{0, 1, 3}, {}}, {}),
                        std::invalid_argument);
    }
    SECTION("too few indexes") {
        CHECK_THROWS_WITH(freezeQuestion("bank", q, ShownOrder{{0, 1}, {}}, {}),
                          "the shown order of options is not a permutation of 3 indexes");
    }
}
