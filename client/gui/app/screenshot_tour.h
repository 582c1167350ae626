// --screenshot-tour DIR: shows each screen with the loaded (demo) banks at a fixed size and
// saves a picture of the window for each: home.png, then bank-<type>.png with the first question
// of each type selected in its category; then, with the demo roster imported into a database
// that lives only as long as the program, sign-in.png, learn-catalog.png, lesson.png and
// lesson-figure.png (a lesson with a figure and a table, at its top and at the figure) and
// home-learner.png (Home with 继续学习). This is how screens are reviewed and how the README's
// pictures are made.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/string.h>

#include "app/main_frame.h"

namespace tqm::gui {

// The window size of every picture, in device-independent pixels.
inline constexpr int kTourWidth = 1280;
inline constexpr int kTourHeight = 800;

struct TourResult {
    std::vector<std::filesystem::path> written;
    wxString error;  // empty when every picture was written
    bool ok() const { return error.empty(); }
};

// Takes the tour's pictures. Each area of the client has a tour function of its own (such as
// tourPractice in practice/) that shows its screens and shoots them through this.
class TourCamera {
  public:
    TourCamera(MainFrame& frame, std::filesystem::path dir, TourResult& result)
        : frame_(frame), dir_(std::move(dir)), result_(result) {}

    MainFrame& frame() { return frame_; }
    // Saves <dir>/<name>.png of the main window as it is now; of `window` (such as the exam
    // view) in the second form. Once a picture has failed, takes no more and returns false.
    bool shoot(const std::string& name) { return shoot(frame_, name); }
    bool shoot(wxFrame& window, const std::string& name);
    // Saves the main window with `dialog` (shown modeless) drawn over it where it stands.
    bool shootWithDialog(wxDialog& dialog, const std::string& name);
    // Saves the screen where the main window stands, with what pops up over it (an open menu,
    // which is a window of its own that no window DC of the frame shows).
    bool shootScreen(const std::string& name);
    // Stops the tour with `error` unless it failed already.
    void fail(const wxString& error);
    bool ok() const { return result_.ok(); }

  private:
    MainFrame& frame_;
    std::filesystem::path dir_;
    TourResult& result_;
};

TourResult runScreenshotTour(MainFrame& frame, const std::filesystem::path& dir);

}  // namespace tqm::gui
