// The application object: command line, language, the main window, and the one place where
// unexpected exceptions are caught (the event loop boundary).
#pragma once

#include <memory>

#include <wx/app.h>

#include "base/clock.h"

#include "app/command_line.h"
#include "app/instance_lock.h"
#include "app/process_figures.h"

namespace tqm::gui {

class TrainerApp : public wxApp {
  public:
    // Starts GTK without OpenGL (see graphics_environment.h).
    bool Initialize(int& argc, wxChar** argv) override;
    bool OnInit() override;
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;
    // Keeps the time of the slowest event handler, for --report-scroll (two clock readings
    // per handler).
    void CallEventHandler(wxEvtHandler* handler, wxEventFunctor& functor,
                          wxEvent& event) const override;

  private:
    void startScreenshotTour(class MainFrame* frame);
    // False, after telling the user, when another client has `database` open.
    bool lockDatabase(const std::filesystem::path& database);

    CommandLineOptions options_;
    // The tour's time stands still, so that its pictures (a countdown, times shown) can be set.
    std::unique_ptr<FakeClock> tourClock_;
    int exitCode_ = 0;
    std::unique_ptr<InstanceLock> instanceLock_;
    // Mutable: wx calls CallEventHandler through a const application object.
    mutable HandlerTimer handlerTimer_;
};

}  // namespace tqm::gui
