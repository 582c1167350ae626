// The main window's appearance: the language and font size chosen in the settings. Both are
// applied by building the screens again, which is the one way every text and every font derived
// from the frame's is sure to follow.
#include <wx/statusbr.h>

#include "app/main_frame.h"
#include "app/settings_dialog.h"

namespace tqm::gui {

void MainFrame::showSettings() {
    SettingsDialog dialog(*this);
    dialog.ShowModal();
}

void MainFrame::setInterfaceLanguage(UiLanguage language) {
    applyLanguage(language);
    SetTitle(_("TQM Trainer"));
    rebuildScreens();
}

void MainFrame::setFontSize(FontSize size) {
    fontSize_ = size;
    SetFont(scaledFont(baseFont_, fontSize_));
    buildStatusBar();
    rebuildScreens();
}

void MainFrame::rebuildScreens() {
    const Screen screen = currentScreen();
    const course::Course* course = learn_->readerShown() ? learn_->currentCourse() : nullptr;
    const std::string courseId = course ? course->id : std::string();
    const std::optional<std::size_t> lesson = learn_->currentLesson();
    // Ends the reading session, so that its time is recorded before the screen goes.
    learn_->setWindowActive(false);
    learn_->setScreenShown(false);

    Freeze();
    for (wxWindow* window :
         {static_cast<wxWindow*>(rail_), static_cast<wxWindow*>(pages_),
          static_cast<wxWindow*>(learner_), static_cast<wxWindow*>(switchLearner_)})
        window->Destroy();
    buildScreens();
    showLibrary();
    learn_->showCourses();
    updateLearner();
    showOrganizerLock();
    if (!courseId.empty() && lesson) learn_->openLesson(courseId, *lesson);
    learn_->setWindowActive(IsActive());
    showScreen(screen);
    Thaw();
    SendSizeEvent();
}

}  // namespace tqm::gui
