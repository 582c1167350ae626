// The exam tests' world: a database file with the GUI exam (tests/data/gui/exam/gui-exam.xml over
// the basic bank) made through the core, a clock the test moves, and a main window over both.
#pragma once

#include <chrono>
#include <filesystem>

#include <wx/button.h>
#include <wx/listctrl.h>

#include "base/clock.h"
#include "learner_fixture.h"
#include "session/exam_setup.h"
#include "store/database.h"

namespace tqm::gui::test {

inline constexpr std::int64_t kExamStart = 1795516200000;  // 2026-11-24 10:30 +08:00

class ExamFixture {
  public:
    // An exam of `minutes` with a pass mark of 12 (of gui-exam's 23 points), made from
    // `blueprintFile` over `bankFile`.
    explicit ExamFixture(
        const std::string& name, int minutes = 10,
        const std::filesystem::path& blueprintFile = testData("gui/exam/gui-exam.xml"),
        const std::filesystem::path& bankFile = testData("gui/basic/tqm-basic.xml"))
        : learner_(name) {
        auto opened = store::Database::open(learner_.databaseFile(), clock);
        REQUIRE(opened.ok());
        session::ExamService service(*opened.database);
        session::ExamSetup setup;
        setup.blueprintFile = blueprintFile;
        setup.bankFile = bankFile;
        setup.timeLimit = std::chrono::minutes(minutes);
        setup.passMark = 1200;
        setup.attemptsAllowed = 2;
        setup.seed = 7;
        const session::ExamSetupResult made = session::createExamFromBlueprint(service, setup);
        REQUIRE(made.ok());
        examId = *made.examId;
    }

    FramePtr open() {
        MainFrameOptions options;
        options.bankFolder = testData("gui/basic");
        options.databaseFile = learner_.databaseFile();
        options.contentDir = std::filesystem::path(TQM_CONTENT_DIR);
        options.clock = &clock;
        FramePtr frame = openFrame(std::move(options));
        frame->exams()->setFullScreen(false);
        return frame;
    }

    std::filesystem::path databaseFile() const { return learner_.databaseFile(); }
    const std::filesystem::path& folder() const { return learner_.folder(); }

    FakeClock clock{fromUnixMillis(kExamStart)};
    std::int64_t examId = 0;

  private:
    LearnerFixture learner_;
};

inline void click(wxButton& button) {
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

// A key as the keyboard gives it: wxEVT_CHAR_HOOK reaches the top-level window first.
inline void press(wxWindow& window, int keyCode) {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = keyCode;
    event.m_uniChar = static_cast<wxChar>(keyCode < WXK_START ? keyCode : 0);
    event.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(event);
}

inline void activateRow(wxListCtrl& list, long row) {
    wxListEvent event(wxEVT_LIST_ITEM_ACTIVATED, list.GetId());
    event.SetEventObject(&list);
    event.m_itemIndex = row;
    list.HandleWindowEvent(event);
}

}  // namespace tqm::gui::test

namespace tqm::gui::test {

// Signs 钱晓峰 (D0002) in through the sign-in screen, as 考试 asks for.
inline void signInThroughPanel(MainFrame& frame, Screen screen = Screen::Exams) {
    frame.showScreen(screen);
    REQUIRE(frame.currentScreen() == Screen::SignIn);
    SignInPanel& signIn = *frame.signInPanel();
    if (signIn.list()->personCount() == 0) click(*signIn.importButton());
    signIn.setSearchText(wxString::FromUTF8("钱晓"));
    REQUIRE(signIn.list()->shownCount() == 1);
    activateRow(*signIn.list(), 0);
    REQUIRE(frame.workspace().signedIn());
}

}  // namespace tqm::gui::test
