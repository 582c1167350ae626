#include <catch2/catch.hpp>

#include "app/language.h"
#include "frame_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

TEST_CASE("the rail is labelled in Chinese by default and in English when asked") {
    SECTION("Chinese") {
        FramePtr frame = openFrame("gui/basic", UiLanguage::Chinese);
        REQUIRE(frame->rail()->entryCount() == 9);
        CHECK(frame->rail()->label(0) == wxString::FromUTF8("首页"));
        CHECK(frame->rail()->label(1) == wxString::FromUTF8("学习"));
        CHECK(frame->rail()->label(2) == wxString::FromUTF8("练习"));
        CHECK(frame->rail()->label(3) == wxString::FromUTF8("考试"));
        CHECK(frame->rail()->label(4) == wxString::FromUTF8("竞赛"));
        CHECK(frame->rail()->label(5) == wxString::FromUTF8("题库"));
        CHECK(frame->rail()->label(6) == wxString::FromUTF8("证书"));
        CHECK(frame->rail()->label(7) == wxString::FromUTF8("报表"));
        CHECK(frame->rail()->label(8) == wxString::FromUTF8("管理"));
    }
    SECTION("English") {
        FramePtr frame = openFrame("gui/basic", UiLanguage::English);
        CHECK(frame->rail()->label(0) == "Home");
        CHECK(frame->rail()->label(1) == "Learn");
        CHECK(frame->rail()->label(2) == "Practice");
        CHECK(frame->rail()->label(3) == "Exams");
        CHECK(frame->rail()->label(4) == "Competitions");
        CHECK(frame->rail()->label(5) == "Question bank");
        CHECK(frame->rail()->label(6) == "Certificates");
        CHECK(frame->rail()->label(7) == "Reports");
        CHECK(frame->rail()->label(8) == "Admin");
    }
}

TEST_CASE("clicking a rail entry shows its screen") {
    FramePtr frame = openFrame("gui/basic");
    NavRail& rail = *frame->rail();
    REQUIRE(frame->currentScreen() == Screen::Home);
    // The sixth entry sits below five others; click in its middle.
    const wxSize size = rail.GetClientSize();
    wxMouseEvent click(wxEVT_LEFT_DOWN);
    click.SetEventObject(&rail);
    click.SetPosition(wxPoint(size.x / 2, rail.FromDIP(12 + 5 * 76 + 38)));
    rail.HandleWindowEvent(click);
    REQUIRE(pumpUntil([&] { return frame->currentScreen() == Screen::QuestionBank; }));
    CHECK(rail.selection() == 5);
}

TEST_CASE("the locale decides the language: English only when it starts with en") {
    CHECK(languageFromLocale("", "", "en_US.UTF-8") == UiLanguage::English);
    CHECK(languageFromLocale("", "", "zh_CN.UTF-8") == UiLanguage::Chinese);
    CHECK(languageFromLocale("", "", "") == UiLanguage::Chinese);
    CHECK(languageFromLocale("", "", "C.UTF-8") == UiLanguage::Chinese);
    CHECK(languageFromLocale("zh_CN.UTF-8", "en_GB", "en_US") == UiLanguage::Chinese);
    CHECK(languageFromLocale("", "en_GB.UTF-8", "zh_CN.UTF-8") == UiLanguage::English);
    CHECK(languageFromLocale("en_US.UTF-8", "", "zh_CN.UTF-8") == UiLanguage::English);
}

TEST_CASE("the language option accepts zh_CN and en and nothing else") {
    CHECK(languageFromName("zh_CN") == UiLanguage::Chinese);
    CHECK(languageFromName("en") == UiLanguage::English);
    CHECK(languageFromName("en_US") == UiLanguage::English);
    CHECK_FALSE(languageFromName("fr").has_value());
    CHECK_FALSE(languageFromName("").has_value());
}
