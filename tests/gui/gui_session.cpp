#include "gui_session.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/memconf.h>

#include "app/language.h"

namespace tqm::gui::test {

namespace {
std::string& programName() {
    static std::string name = "tqm-gui-tests";
    return name;
}
}  // namespace

void rememberProgramName(const char* argv0) {
    programName() = argv0;
}

void startWx() {
    static const bool started = [] {
        // wx owns the application object once it is set as the instance.
        wxApp::SetInstance(std::make_unique<wxApp>().release());
        static std::string name = programName();
        static char* argv[] = {name.data(), nullptr};
        int argc = 1;
        if (!wxEntryStart(argc, argv)) return false;
        if (!wxTheApp->CallOnInit()) return false;
        wxInitAllImageHandlers();
        // Settings chosen in a test live in memory, never in the user's configuration file.
        delete wxConfigBase::Set(new wxMemoryConfig);
        applyLanguage(UiLanguage::Chinese);
        return true;
    }();
    if (!started) throw std::runtime_error("wxWidgets could not start: is there a display?");
}

bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

void pumpEvents() {
    for (int i = 0; i < 10; ++i) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::filesystem::path testData(const std::filesystem::path& relative) {
    return std::filesystem::path(TQM_TEST_DATA_DIR) / relative;
}

}  // namespace tqm::gui::test
