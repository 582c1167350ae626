// Builds small banks in code for the bank tests. Every text goes through Bank::keep, so the
// views stay valid for as long as the bank lives.
#pragma once

#include <initializer_list>
#include <string_view>

#include "bank/bank.h"

namespace tqm::bank::testing {

class BankBuilder {
  public:
    BankBuilder() {
        bank.id = bank.keep("test-bank");
        bank.version = bank.keep("1.0.0");
        bank.title = bank.keep("测试题库");
        bank.language = bank.keep("zh-CN");
        bank.categories.push_back(category("basics", "全面质量管理基础", 5));
    }

    Category category(std::string_view id, std::string_view title, std::uint32_t line) {
        Category c;
        c.id = bank.keep(id);
        c.title = bank.keep(title);
        c.pos = {line, 5};
        return c;
    }

    // A question placed at (line, 5) in category "basics"; the caller fills the type's parts.
    Question& add(QuestionType type, std::string_view id, std::uint32_t line,
                  std::string_view stem) {
        Question q;
        q.id = bank.keep(id);
        q.type = type;
        q.category = bank.keep("basics");
        q.stem = bank.keep(stem);
        q.pos = {line, 5};
        bank.questions.push_back(q);
        return bank.questions.back();
    }

    Question& addChoice(QuestionType type, std::string_view id, std::uint32_t line,
                        std::string_view stem, std::initializer_list<Choice> options) {
        Question& q = add(type, id, line, stem);
        for (const Choice& c : options) q.choices.push_back({bank.keep(c.text), c.correct});
        return q;
    }

    Blank blank(std::initializer_list<std::string_view> accepted) {
        Blank b;
        for (std::string_view a : accepted) b.accepted.push_back(bank.keep(a));
        return b;
    }

    MatchPair pair(std::string_view prompt, std::string_view answer) {
        return {bank.keep(prompt), bank.keep(answer)};
    }

    Bank bank;
};

}  // namespace tqm::bank::testing
