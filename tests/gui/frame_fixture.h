// A main window over a test bank folder, destroyed at the end of the test.
#pragma once

#include <memory>

#include "app/language.h"
#include "app/main_frame.h"
#include "gui_session.h"

namespace tqm::gui::test {

struct FrameDeleter {
    void operator()(MainFrame* frame) const { frame->Destroy(); }
};
using FramePtr = std::unique_ptr<MainFrame, FrameDeleter>;

// Starts wx if needed and opens a shown main window with `options`, in `language`.
inline FramePtr openFrame(MainFrameOptions options, UiLanguage language = UiLanguage::Chinese) {
    startWx();
    applyLanguage(language);
    options.rememberGeometry = false;
    FramePtr frame(new MainFrame(options));
    frame->Show();
    pumpEvents();
    return frame;
}

// Starts wx if needed and opens a shown main window on the banks of tests/data/<folder>, in
// `language`.
inline FramePtr openFrame(const std::filesystem::path& folder,
                          UiLanguage language = UiLanguage::Chinese) {
    MainFrameOptions options;
    options.bankFolder = testData(folder);
    return openFrame(std::move(options), language);
}

}  // namespace tqm::gui::test
