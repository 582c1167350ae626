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

// The organizer password test frames set in their database, so that tests of the organizer
// screens need not type it.
inline constexpr const char* kTestOrganizerPassword = "test-organizer";

// Opens the organizer screens of `frame` with kTestOrganizerPassword, setting it first when the
// database has none; nothing without a database.
inline void unlockOrganizer(MainFrame& frame) {
    OrganizerLock& lock = frame.organizerLock();
    if (!lock.available()) return;
    if (lock.passwordSet())
        lock.unlock(kTestOrganizerPassword);
    else
        lock.setFirst(kTestOrganizerPassword, kTestOrganizerPassword);
}

// Starts wx if needed and opens a shown main window with `options`, in `language`, with the
// organizer screens unlocked (organizer_test.cpp tests the lock itself).
inline FramePtr openFrame(MainFrameOptions options, UiLanguage language = UiLanguage::Chinese) {
    startWx();
    applyLanguage(language);
    options.rememberGeometry = false;
    FramePtr frame(new MainFrame(options));
    unlockOrganizer(*frame);
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
    // A database of the frame's own holds the organizer password.
    options.databaseFile = store::kInMemory;
    return openFrame(std::move(options), language);
}

}  // namespace tqm::gui::test
