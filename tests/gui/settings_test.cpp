// 设置 Settings: the language and the font size take effect at once, everywhere, and are
// remembered.
#include <catch2/catch.hpp>

#include <cmath>

#include <wx/menu.h>

#include "app/settings_dialog.h"
#include "learner_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

void choose(wxChoice& choice, int index) {
    choice.SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice.GetId());
    event.SetEventObject(&choice);
    event.SetInt(index);
    choice.HandleWindowEvent(event);
}

void choose(wxRadioBox& box, int index) {
    box.SetSelection(index);
    wxCommandEvent event(wxEVT_RADIOBOX, box.GetId());
    event.SetEventObject(&box);
    event.SetInt(index);
    box.HandleWindowEvent(event);
}

}  // namespace

TEST_CASE("font sizes are 100, 125 and 150 percent of the system's, rounded to whole points") {
    CHECK(scaledPointSize(10, FontSize::Standard) == 10);
    CHECK(scaledPointSize(10, FontSize::Large) == 13);
    CHECK(scaledPointSize(10, FontSize::ExtraLarge) == 15);
    CHECK(scaledPointSize(11, FontSize::Large) == 14);
    CHECK(scaledPointSize(9, FontSize::ExtraLarge) == 14);
    CHECK(fontSizeFromPercent(125) == FontSize::Large);
    CHECK_FALSE(fontSizeFromPercent(110).has_value());
}

TEST_CASE("choosing English in the settings relabels the rail at once and is remembered") {
    FramePtr frame = openFrame("gui/basic", UiLanguage::Chinese);
    frame->showScreen(Screen::QuestionBank);
    REQUIRE(frame->rail()->label(0) == wxString::FromUTF8("首页"));
    {
        SettingsDialog dialog(*frame);
        dialog.Show();
        REQUIRE(dialog.GetTitle() == wxString::FromUTF8("设置"));
        choose(*dialog.languageChoice(), 1);
        CHECK(frame->rail()->label(0) == "Home");
        CHECK(frame->rail()->label(5) == "Question bank");
        CHECK(frame->GetMenuBar()->GetMenuLabelText(0) == "File");
        CHECK(frame->currentScreen() == Screen::QuestionBank);
        CHECK(frame->settings().language() == UiLanguage::English);
        pumpEvents();
        CHECK(dialog.GetTitle() == "Settings");

        choose(*dialog.languageChoice(), 0);
        CHECK(frame->rail()->label(0) == wxString::FromUTF8("首页"));
        CHECK(frame->settings().language() == UiLanguage::Chinese);
        pumpEvents();
    }
    CHECK(currentLanguage() == UiLanguage::Chinese);
}

TEST_CASE("a larger font size makes the frame's and a lesson's text bigger") {
    LearnerFixture fixture("font-size");
    FramePtr frame = fixture.open();
    SignInPanel& signIn = *frame->signInPanel();
    signIn.importDemoRoster();
    REQUIRE(signIn.list()->shownCount() > 0);
    frame->signIn(signIn.list()->personAt(0));
    const tqm::course::Course& course = frame->workspace().courses().front();
    REQUIRE(frame->learn()->openLesson(course.id, 1));
    const int base = frame->GetFont().GetPointSize();
    REQUIRE(frame->learn()->reader()->textPointSize() == base + 2);
    const int extraLarge = static_cast<int>(std::lround(base * 1.5));
    {
        SettingsDialog dialog(*frame);
        dialog.Show();
        choose(*dialog.fontSizeBox(), 2);
        pumpEvents();
        CHECK(frame->fontSize() == FontSize::ExtraLarge);
        CHECK(frame->settings().fontSize() == FontSize::ExtraLarge);
        CHECK(dialog.GetFont().GetPointSize() == extraLarge);
    }
    CHECK(frame->GetFont().GetPointSize() == extraLarge);
    CHECK(frame->rail()->GetFont().GetPointSize() == extraLarge + 1);
    CHECK(frame->home()->GetFont().GetPointSize() == extraLarge);
    // The lesson stays open, in the larger text.
    REQUIRE(frame->learn()->readerShown());
    CHECK(frame->learn()->currentLesson() == std::optional<std::size_t>(1));
    CHECK(frame->learn()->reader()->textPointSize() == extraLarge + 2);
    CHECK(frame->workspace().signedIn().has_value());
    frame->settings().setFontSize(FontSize::Standard);
}
