#include "app/app.h"

#include <cstdio>
#include <exception>

#include <wx/image.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/wxcrtvararg.h>

#include "app/graphics_environment.h"
#include "app/language.h"
#include "app/main_frame.h"
#include "app/screenshot_tour.h"
#include "app/settings.h"
#include "app/startup_report.h"
#include "bank_browser/bank_library.h"
#include "learn/learner_workspace.h"
#include "store/data_directory.h"

namespace tqm::gui {

namespace {

// What went wrong, for the dialog: the message of a standard exception, or a plain statement.
wxString describeCurrentException() {
    try {
        throw;
    } catch (const std::exception& error) {
        return wxString::FromUTF8(error.what());
    } catch (...) {
        return _("An unknown error occurred.");
    }
}

}  // namespace

bool TrainerApp::Initialize(int& argc, wxChar** argv) {
    const bool setOpenGl = keepGtkOffOpenGl();
    const bool started = wxApp::Initialize(argc, argv);  // GTK reads the setting here
    if (setOpenGl) forgetGtkOpenGlSetting();
    return started;
}

bool TrainerApp::OnInit() {
    SetAppName("tqm-trainer");
    SetVendorName("tqm");
    // The environment's language first so that --help is already translated; --lang, read while
    // the command line is parsed, may change it afterwards.
    applyLanguage(languageFromEnvironment());
    if (!wxApp::OnInit()) return false;
    // The screenshot tour and the benchmark must not depend on what the user chose.
    const bool ownSettings = !options_.screenshotDir && !options_.reportStartup;
    const Settings settings;
    if (options_.language)
        applyLanguage(*options_.language);
    else if (ownSettings && settings.language())
        applyLanguage(*settings.language());
    wxInitAllImageHandlers();

    MainFrameOptions frameOptions;
    frameOptions.fontSize = ownSettings ? settings.fontSize() : FontSize::Standard;
    frameOptions.loadBanksInBackground = !options_.screenshotDir;
    frameOptions.bankFolder = options_.bankDir ? *options_.bankDir : defaultBankFolder();
    frameOptions.bankFiles = options_.bankFiles;
    frameOptions.rememberGeometry = ownSettings;
    if (!options_.screenshotDir) {
        if (const auto data = store::userDataDirectory())
            frameOptions.userBankFolder = *data / "tqm-trainer" / "banks";
    }
    // The tour signs people in and reads lessons: it does so in a database of its own that
    // lives only as long as the program, never in the user's.
    if (options_.screenshotDir) {
        frameOptions.databaseFile = store::kInMemory;
        tourClock_ = std::make_unique<FakeClock>(std::chrono::system_clock::now());
        frameOptions.clock = tourClock_.get();
    } else {
        frameOptions.databaseFile =
            options_.database ? options_.database : store::defaultDatabasePath();
    }
    if (frameOptions.databaseFile && !options_.screenshotDir &&
        !lockDatabase(*frameOptions.databaseFile))
        return false;
    frameOptions.contentDir =
        options_.contentDir ? options_.contentDir : findContentFolder(*frameOptions.bankFolder);
    auto* frame = new MainFrame(frameOptions);  // a top-level window deletes itself when closed
    SetTopWindow(frame);
    if (options_.screenshotDir) {
        CallAfter([this, frame] { startScreenshotTour(frame); });
    } else if (options_.reportStartup) {
        reportStartup(*frame, options_.reportScroll ? &handlerTimer_ : nullptr);
    } else {
        CallAfter([frame] { frame->showDatabaseProblem(); });
    }
    frame->Show();
    return true;
}

bool TrainerApp::lockDatabase(const std::filesystem::path& database) {
    instanceLock_ = std::make_unique<InstanceLock>(database, instanceLockFolder(database));
    if (!instanceLock_->anotherIsRunning()) return true;
    const wxString message = wxString::Format(
        _("TQM Trainer is already open on this database:\n%s\n\nSwitch to the window that is "
          "open (look in the taskbar), or close it and start TQM Trainer again."),
        wxString::FromUTF8(database.string()));
    // As UTF-8 bytes: wxFprintf converts through the C locale, which is often plain ASCII.
    std::fputs(("tqm-trainer: " + message.utf8_string() + "\n").c_str(), stderr);
    if (!options_.reportStartup)
        wxMessageBox(message, _("TQM Trainer is already open"), wxOK | wxICON_INFORMATION);
    instanceLock_.reset();
    return false;
}

void TrainerApp::CallEventHandler(wxEvtHandler* handler, wxEventFunctor& functor,
                                  wxEvent& event) const {
    struct Timed {
        HandlerTimer& timer;
        explicit Timed(HandlerTimer& t) : timer(t) { timer.enter(); }
        ~Timed() { timer.leave(); }
        Timed(const Timed&) = delete;
        Timed& operator=(const Timed&) = delete;
    } timed(handlerTimer_);
    wxApp::CallEventHandler(handler, functor, event);
}

void TrainerApp::startScreenshotTour(MainFrame* frame) {
    const TourResult result = runScreenshotTour(*frame, *options_.screenshotDir);
    for (const auto& file : result.written) wxPrintf("%s\n", wxString::FromUTF8(file.string()));
    if (!result.ok()) {
        wxFprintf(stderr, "tqm-trainer: %s\n", result.error);
        exitCode_ = 1;
    }
    frame->Destroy();
}

int TrainerApp::OnRun() {
    const int code = wxApp::OnRun();
    return exitCode_ != 0 ? exitCode_ : code;
}

void TrainerApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    describeCommandLine(parser);
}

bool TrainerApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    wxString error;
    if (!readCommandLine(parser, options_, error)) {
        wxFprintf(stderr, "tqm-trainer: %s\n", error);
        return false;
    }
    return true;
}

bool TrainerApp::OnExceptionInMainLoop() {
    const wxString what = describeCurrentException();
    if (options_.screenshotDir) {
        // Nobody is watching a screenshot run: a dialog would only hang it.
        wxFprintf(stderr, "tqm-trainer: %s\n", what);
        exitCode_ = 1;
        return false;
    }
    wxMessageBox(wxString::Format(_("TQM Trainer met an unexpected error and the last action "
                                    "was not completed.\n\n%s\n\nYour saved data is not "
                                    "affected. Please report this error."),
                                  what),
                 _("Unexpected error"), wxOK | wxICON_ERROR);
    // Keep running: the failed action was one event; the rest of the program is intact.
    return true;
}

void TrainerApp::OnUnhandledException() {
    const wxString what = describeCurrentException();
    wxFprintf(stderr, "tqm-trainer: %s\n", what);
    wxMessageBox(
        wxString::Format(_("TQM Trainer met an unexpected error and must close.\n\n%s"), what),
        _("Unexpected error"), wxOK | wxICON_ERROR);
}

}  // namespace tqm::gui
