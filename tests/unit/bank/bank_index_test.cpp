#include <catch2/catch.hpp>

#include "bank/bank.h"
#include "bank_builder.h"

using tqm::bank::Bank;
using tqm::bank::QuestionType;
using tqm::bank::testing::BankBuilder;

TEST_CASE("a bank that was never indexed finds no question") {
    const Bank bank;
    CHECK(bank.findQuestion("q1") == nullptr);
    CHECK(bank.findQuestion("") == nullptr);
}

TEST_CASE("findQuestion returns the first question with an id and nothing for an unknown id") {
    BankBuilder b;
    for (int i = 0; i < 1000; ++i)
        b.add(QuestionType::TrueFalse, "q" + std::to_string(i), static_cast<std::uint32_t>(i + 10),
              "题干");
    b.add(QuestionType::TrueFalse, "q7", 2000, "重复的编号");
    b.bank.reindex();
    REQUIRE(b.bank.findQuestion("q7") != nullptr);
    CHECK(b.bank.findQuestion("q7")->pos.line == 17);
    CHECK(b.bank.findQuestion("q999")->pos.line == 1009);
    CHECK(b.bank.findQuestion("q1000") == nullptr);
    CHECK(b.bank.findQuestion("Q7") == nullptr);
}

TEST_CASE("findQuestion sees questions only after reindex, and a copy has its own index") {
    BankBuilder b;
    b.add(QuestionType::TrueFalse, "first", 10, "题干");
    b.bank.reindex();
    b.add(QuestionType::TrueFalse, "second", 20, "题干二");
    CHECK(b.bank.findQuestion("second") == nullptr);
    b.bank.reindex();
    const Bank copy = b.bank;
    REQUIRE(copy.findQuestion("second") != nullptr);
    CHECK(copy.findQuestion("second") == &copy.questions[1]);
}
