// The application object: command line, language, the main window, and the one place where
// unexpected exceptions are caught (the event loop boundary).
#pragma once

#include <memory>

#include <wx/app.h>

#include "base/clock.h"

#include "app/command_line.h"

namespace tqm::gui {

class TrainerApp : public wxApp {
  public:
    bool OnInit() override;
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

  private:
    void startScreenshotTour(class MainFrame* frame);

    CommandLineOptions options_;
    // The tour's time stands still, so that its pictures (a countdown, times shown) can be set.
    std::unique_ptr<FakeClock> tourClock_;
    int exitCode_ = 0;
};

}  // namespace tqm::gui
