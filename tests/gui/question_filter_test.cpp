// Filtering is pure logic over the model: these tests need no display.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "bank_browser/question_filter.h"
#include "bank_browser/question_labels.h"

using namespace tqm::gui;
using tqm::bank::Bank;
using tqm::bank::Category;
using tqm::bank::Question;

namespace {

// tools > tools.pareto > tools.pareto.deep, and basics; one question per entry of `categories`.
Bank bankWithQuestions(const std::vector<std::pair<std::string, std::string>>& idAndCategory) {
    Bank bank;
    Category deep{bank.keep("tools.pareto.deep"), bank.keep("深层"), {}, {}};
    Category pareto{bank.keep("tools.pareto"), bank.keep("排列图"), {deep}, {}};
    bank.categories.push_back({bank.keep("tools"), bank.keep("工具"), {pareto}, {}});
    bank.categories.push_back({bank.keep("basics"), bank.keep("基础"), {}, {}});
    for (const auto& [id, category] : idAndCategory) {
        Question q;
        q.id = bank.keep(id);
        q.category = bank.keep(category);
        q.stem = bank.keep("题干 " + id);
        bank.questions.push_back(q);
    }
    bank.reindex();
    return bank;
}

std::vector<std::uint32_t> questionIndexes(const std::vector<QuestionRef>& rows) {
    std::vector<std::uint32_t> indexes;
    for (const QuestionRef& row : rows) indexes.push_back(row.question);
    return indexes;
}

}  // namespace

TEST_CASE("a category's count includes the questions of all its descendants") {
    const Bank bank = bankWithQuestions({{"a", "tools"},
                                         {"b", "tools.pareto"},
                                         {"c", "tools.pareto.deep"},
                                         {"d", "tools.pareto.deep"},
                                         {"e", "basics"}});
    const auto counts = questionCountsWithDescendants(bank);
    CHECK(counts.at("tools") == 4);
    CHECK(counts.at("tools.pareto") == 3);
    CHECK(counts.at("tools.pareto.deep") == 2);
    CHECK(counts.at("basics") == 1);
}

TEST_CASE("a category scope lists the category and its descendants, in file order") {
    const Bank bank = bankWithQuestions(
        {{"a", "tools.pareto.deep"}, {"b", "basics"}, {"c", "tools"}, {"d", "tools.pareto"}});
    const std::vector<const Bank*> banks{&bank};
    const SearchText none("");
    const CategoryScope pareto{0, "tools.pareto"};
    CHECK(questionIndexes(filterQuestions(banks, &pareto, none)) ==
          std::vector<std::uint32_t>{0, 3});
    const CategoryScope wholeBank{0, {}};
    CHECK(filterQuestions(banks, &wholeBank, none).size() == 4);
    CHECK(filterQuestions(banks, nullptr, none).size() == 4);
    const CategoryScope unknown{0, "nowhere"};
    CHECK(filterQuestions(banks, &unknown, none).empty());
}

TEST_CASE("a scope on the second bank lists only that bank's questions") {
    const Bank first = bankWithQuestions({{"a", "tools"}});
    const Bank second = bankWithQuestions({{"b", "tools"}, {"c", "basics"}});
    const std::vector<const Bank*> banks{&first, &second};
    const CategoryScope tools{1, "tools"};
    const std::vector<QuestionRef> rows = filterQuestions(banks, &tools, SearchText(""));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == QuestionRef{1, 0});
}

TEST_CASE("search words match ids, stems and tags, ignoring ASCII case and full-width forms") {
    Bank bank = bankWithQuestions({{"PDCA-001", "tools"}, {"spc-002", "tools"}});
    bank.questions[1].tags = {bank.keep("控制图")};
    bank.questions[1].stem = bank.keep("Cpk 与 Cp 的关系");
    const std::vector<const Bank*> banks{&bank};
    auto ids = [&banks](std::string_view text) {
        return questionIndexes(filterQuestions(banks, nullptr, SearchText(text)));
    };
    CHECK(ids("pdca") == std::vector<std::uint32_t>{0});
    CHECK(ids("ＰＤＣＡ") == std::vector<std::uint32_t>{0});  // full-width letters
    CHECK(ids("控制图") == std::vector<std::uint32_t>{1});
    CHECK(ids("CPK　关系") == std::vector<std::uint32_t>{1});  // ideographic space between words
    CHECK(ids("cpk pdca").empty());
    CHECK(ids("  ") == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("difficulty is shown as five stars and points without needless decimals") {
    CHECK(difficultyStars(3) == wxString::FromUTF8("★★★☆☆"));
    CHECK(difficultyStars(1) == wxString::FromUTF8("★☆☆☆☆"));
    CHECK(difficultyStars(9) == wxString::FromUTF8("★★★★★"));
    CHECK(pointsText(2.0) == "2");
    CHECK(pointsText(1.5) == "1.5");
    CHECK(pointsText(0.25) == "0.25");
}

TEST_CASE("a stem excerpt is its first line, cut with an ellipsis") {
    CHECK(excerpt("短题干", 10) == wxString::FromUTF8("短题干"));
    CHECK(excerpt("第一行\n第二行", 10) == wxString::FromUTF8("第一行…"));
    CHECK(excerpt("一二三四五六", 4) == wxString::FromUTF8("一二三四…"));
}

TEST_CASE("search looks in options, answers and explanations too") {
    Bank bank = bankWithQuestions({{"q1", "tools"}, {"q2", "tools"}, {"q3", "basics"}});
    bank.questions[0].choices.push_back({bank.keep("帕累托图"), true});
    bank.questions[1].explanation = bank.keep("按 PDCA 循环改进");
    bank.questions[2].blanks.push_back({{bank.keep("戴明环")}, std::nullopt, 0.0});
    const std::vector<const Bank*> banks{&bank};
    CHECK(questionIndexes(filterQuestions(banks, nullptr, SearchText("帕累托"))) ==
          std::vector<std::uint32_t>{0});
    CHECK(questionIndexes(filterQuestions(banks, nullptr, SearchText("pdca"))) ==
          std::vector<std::uint32_t>{1});
    CHECK(questionIndexes(filterQuestions(banks, nullptr, SearchText("戴明"))) ==
          std::vector<std::uint32_t>{2});
    // Every word must match, but each may match a different text of the question.
    CHECK(questionIndexes(filterQuestions(banks, nullptr, SearchText("q1 帕累托"))) ==
          std::vector<std::uint32_t>{0});
    CHECK(filterQuestions(banks, nullptr, SearchText("q2 帕累托")).empty());
}
