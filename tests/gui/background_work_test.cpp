#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include <wx/frame.h>

#include "bank_browser/background_work.h"
#include "gui_session.h"

using namespace tqm::gui;

TEST_CASE("long work runs on another thread behind a progress dialog and its result is kept") {
    test::startWx();
    auto* frame = new wxFrame(nullptr, wxID_ANY, "work");
    frame->Show();
    const std::thread::id uiThread = std::this_thread::get_id();
    std::thread::id workThread;
    int result = 0;
    {
        BackgroundWork work;
        const auto started = std::chrono::steady_clock::now();
        const bool finished =
            work.run(frame, "title", "message", [&](const std::atomic<bool>& cancelled) {
                workThread = std::this_thread::get_id();
                // Long enough for the progress dialog to be shown and pulsed a few times.
                std::this_thread::sleep_for(std::chrono::milliseconds(400));
                if (!cancelled) result = 42;
            });
        CHECK(finished);
        CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(400));
    }
    CHECK(result == 42);
    CHECK(workThread != uiThread);
    frame->Destroy();
    test::pumpEvents();
}
