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
    // An exam of `minutes` with a pass mark of 12 of 23 points.
    explicit ExamFixture(const std::string& name, int minutes = 10) : learner_(name) {
        auto opened = store::Database::open(learner_.databaseFile(), clock);
        REQUIRE(opened.ok());
        session::ExamService service(*opened.database);
        session::ExamSetup setup;
        setup.blueprintFile = testData("gui/exam/gui-exam.xml");
        setup.bankFile = testData("gui/basic/tqm-basic.xml");
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
