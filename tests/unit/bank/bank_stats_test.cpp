#include <catch2/catch.hpp>

#include "bank/bank_stats.h"
#include "bank_builder.h"

using tqm::bank::computeStats;
using tqm::bank::Question;
using tqm::bank::QuestionType;
using tqm::bank::testing::BankBuilder;

TEST_CASE("stats count questions by type, category and difficulty and add up the points") {
    BankBuilder b;
    b.bank.categories.front().children.push_back(b.category("basics.pdca", "PDCA循环", 6));
    b.bank.categories.push_back(b.category("tools", "质量工具", 7));
    b.add(QuestionType::TrueFalse, "t1", 10, "甲").points = 0.5;
    b.add(QuestionType::TrueFalse, "t2", 11, "乙").difficulty = 1;
    Question& fill = b.add(QuestionType::FillBlank, "f1", 12, "丙____");
    fill.category = b.bank.keep("basics.pdca");
    fill.points = 2.25;
    fill.difficulty = 5;
    b.add(QuestionType::ShortAnswer, "a1", 13, "丁").category = b.bank.keep("lost");

    const auto stats = computeStats(b.bank);
    CHECK(stats.questions == 4);
    CHECK(stats.totalPoints == 4.75);
    CHECK(stats.byType == std::map<std::string, std::size_t>{{"single-choice", 0},
                                                             {"multiple-choice", 0},
                                                             {"true-false", 2},
                                                             {"fill-blank", 1},
                                                             {"ordering", 0},
                                                             {"matching", 0},
                                                             {"short-answer", 1}});
    CHECK(stats.byCategory == std::map<std::string, std::size_t>{
                                  {"basics", 2}, {"basics.pdca", 1}, {"tools", 0}, {"lost", 1}});
    CHECK(stats.byDifficulty == std::map<int, std::size_t>{{1, 1}, {2, 0}, {3, 2}, {4, 0}, {5, 1}});
}

TEST_CASE("stats of an empty bank list every type and difficulty with zero") {
    BankBuilder b;
    const auto stats = computeStats(b.bank);
    CHECK(stats.questions == 0);
    CHECK(stats.totalPoints == 0.0);
    CHECK(stats.byType.size() == 7);
    CHECK(stats.byType.at("ordering") == 0);
    CHECK(stats.byCategory == std::map<std::string, std::size_t>{{"basics", 0}});
    CHECK(stats.byDifficulty.size() == 5);
}
