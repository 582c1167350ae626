#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <wx/listctrl.h>

#include "bank_browser/question_labels.h"
#include "frame_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

std::set<std::string> listedIds(const BankBrowserPanel& browser) {
    std::set<std::string> ids;
    QuestionList& list = *browser.list();
    for (long row = 0; row < list.GetItemCount(); ++row)
        ids.insert(list.GetItemText(row, 0).utf8_string());
    return ids;
}

std::string treeLabel(const CategoryTree& tree, const CategoryScope& scope) {
    return tree.GetItemText(tree.findNode(scope)).utf8_string();
}

}  // namespace

TEST_CASE("selecting a category node lists the questions of the category and its descendants") {
    FramePtr frame = openFrame("gui/basic");
    frame->showScreen(Screen::QuestionBank);
    BankBrowserPanel& browser = *frame->browser();
    CategoryTree& tree = *browser.tree();

    SECTION("a whole bank") {
        tree.SelectItem(tree.findNode({0, {}}));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 9; }));
    }
    SECTION("a category with sub-categories") {
        tree.SelectItem(tree.findNode({0, "tools"}));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 5; }));
        CHECK(listedIds(browser) == std::set<std::string>{"tools-001", "tools-002", "tools-003",
                                                          "tools-004", "tools-005"});
    }
    SECTION("a leaf category") {
        tree.SelectItem(tree.findNode({0, "tools.pareto"}));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 2; }));
        CHECK(listedIds(browser) == std::set<std::string>{"tools-003", "tools-005"});
    }
}

TEST_CASE("each tree node shows its question count including sub-categories") {
    FramePtr frame = openFrame("gui/basic");
    const CategoryTree& tree = *frame->browser()->tree();
    CHECK(treeLabel(tree, {0, {}}) == "全面质量管理基础题库（界面测试）  (9)");
    CHECK(treeLabel(tree, {0, "basics"}) == "全面质量管理基础  (4)");
    CHECK(treeLabel(tree, {0, "basics.history"}) == "质量管理发展史  (1)");
    CHECK(treeLabel(tree, {0, "tools"}) == "质量管理工具  (5)");
    CHECK(treeLabel(tree, {0, "tools.spc"}) == "统计过程控制  (1)");
}

TEST_CASE("the question list shows id, type, difficulty, points and the stem") {
    FramePtr frame = openFrame("gui/basic");
    BankBrowserPanel& browser = *frame->browser();
    REQUIRE(browser.selectScope({0, "basics"}));
    const long row = browser.rowOf(0, "basics-003").value();
    const QuestionList& list = *browser.list();
    CHECK(list.GetItemText(row, 0) == "basics-003");
    CHECK(list.GetItemText(row, 1) == wxString::FromUTF8("多选题"));
    CHECK(list.GetItemText(row, 2) == wxString::FromUTF8("★★★☆☆"));
    CHECK(list.GetItemText(row, 3) == "2");
    CHECK(list.GetItemText(row, 4) == wxString::FromUTF8("下列属于质量管理七项原则的有哪些？"));
}

TEST_CASE("selecting a question previews its stem, correct option and explanation") {
    FramePtr frame = openFrame("gui/basic");
    frame->showScreen(Screen::QuestionBank);
    BankBrowserPanel& browser = *frame->browser();
    REQUIRE(browser.selectScope({0, "basics"}));
    const long row = browser.rowOf(0, "basics-001").value();

    // The event a click on the row sends.
    wxListEvent click(wxEVT_LIST_ITEM_SELECTED, browser.list()->GetId());
    click.SetEventObject(browser.list());
    click.m_itemIndex = row;
    browser.list()->HandleWindowEvent(click);
    pumpEvents();

    const std::string text = browser.preview()->ToText().utf8_string();
    CHECK_THAT(text, Catch::Contains("全面质量管理中的“三全”不包括下列哪一项？"));
    CHECK_THAT(text, Catch::Contains("B.\n全自动的质量管理\n✔ 正确答案"));
    CHECK_THAT(text, Catch::Contains("解析"));
    CHECK_THAT(text, Catch::Contains("“三全”是指全员、全过程、全企业（全组织）的质量管理。"));
}

TEST_CASE("the search box filters the list to the questions whose texts match") {
    FramePtr frame = openFrame("gui/basic");
    frame->showScreen(Screen::QuestionBank);
    BankBrowserPanel& browser = *frame->browser();
    REQUIRE(browser.selectScope({0, {}}));

    SECTION("a word of the stems") {
        browser.searchBox()->SetValue("PDCA");
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 2; }));
        CHECK(listedIds(browser) == std::set<std::string>{"basics-002", "tools-001"});
    }
    SECTION("part of an id, in any letter case") {
        browser.searchBox()->SetValue("TOOLS-00");
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 5; }));
    }
    SECTION("a tag") {
        browser.searchBox()->SetValue(wxString::FromUTF8("三全"));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 1; }));
        CHECK(listedIds(browser) == std::set<std::string>{"basics-001"});
    }
    SECTION("every word must match, within the selected category") {
        REQUIRE(browser.selectScope({0, "tools"}));
        browser.searchBox()->SetValue(wxString::FromUTF8("排列图 累计"));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 2; }));
        // tools-003 has 累计 in one of the items to order, tools-005 in its stem.
        CHECK(listedIds(browser) == std::set<std::string>{"tools-003", "tools-005"});
    }
    SECTION("an option's text") {
        browser.searchBox()->SetValue(wxString::FromUTF8("全自动"));
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 1; }));
        CHECK(listedIds(browser) == std::set<std::string>{"basics-001"});
    }
    SECTION("clearing the search lists the category again") {
        browser.searchBox()->SetValue("no-such-question");
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 0; }));
        browser.searchBox()->SetValue(wxString());
        REQUIRE(pumpUntil([&] { return browser.list()->GetItemCount() == 9; }));
    }
}
