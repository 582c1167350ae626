// The main window opens where it was closed (wxPersistentRegisterAndRestore), and back on screen
// when that place is on no display any more.
#include <catch2/catch.hpp>

#include <wx/config.h>
#include <wx/display.h>

#include "frame_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// What wxPersistentTLW saved when the window was last closed.
void saveGeometry(int x, int y, int width, int height) {
    wxConfigBase& config = *wxConfigBase::Get();
    config.DeleteGroup("/Persistent_Options/Window/MainFrame");
    config.Write("/Persistent_Options/Window/MainFrame/x", x);
    config.Write("/Persistent_Options/Window/MainFrame/y", y);
    config.Write("/Persistent_Options/Window/MainFrame/w", width);
    config.Write("/Persistent_Options/Window/MainFrame/h", height);
    config.Write("/Persistent_Options/Window/MainFrame/Maximized", 0);
    config.Write("/Persistent_Options/Window/MainFrame/Iconized", 0);
}

FramePtr openRemembering() {
    startWx();
    MainFrameOptions options;
    options.bankFolder = testData("gui/basic");
    options.rememberGeometry = true;
    return FramePtr(new MainFrame(options));
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<wxRect> {
    static std::string convert(const wxRect& rect) {
        return "(" + std::to_string(rect.x) + ", " + std::to_string(rect.y) + ", " +
               std::to_string(rect.width) + " x " + std::to_string(rect.height) + ")";
    }
};
}  // namespace Catch

TEST_CASE("the main window opens where it was closed, and saves its place when it closes") {
    startWx();
    saveGeometry(120, 90, 1300, 760);
    {
        FramePtr frame = openRemembering();
        CHECK(frame->GetRect() == wxRect(120, 90, 1300, 760));
        frame->SetSize(wxRect(60, 40, 1400, 800));
    }
    pumpEvents();
    wxConfigBase& config = *wxConfigBase::Get();
    CHECK(config.ReadLong("/Persistent_Options/Window/MainFrame/x", -1) == 60);
    CHECK(config.ReadLong("/Persistent_Options/Window/MainFrame/w", -1) == 1400);
    CHECK(config.ReadLong("/Persistent_Options/Window/MainFrame/h", -1) == 800);
}

TEST_CASE("a main window saved on a display that is gone opens on the screen") {
    startWx();
    const wxRect screen = wxDisplay(0u).GetClientArea();
    // Partly beyond the right edge of the only display, as after a second monitor was removed.
    saveGeometry(screen.GetRight() - 300, 100, 1300, 760);
    FramePtr frame = openRemembering();
    CHECK(frame->GetRect() == wxRect(screen.GetRight() + 1 - 1300, 100, 1300, 760));
}
