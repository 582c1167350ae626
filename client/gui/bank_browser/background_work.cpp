#include "bank_browser/background_work.h"

#include <chrono>
#include <memory>

#include <wx/app.h>
#include <wx/progdlg.h>
#include <wx/utils.h>

namespace tqm::gui {

namespace {

struct WorkState {
    std::atomic<bool> done{false};
    std::atomic<bool> cancelled{false};
};

// Work this short finishes before a progress dialog would only flash up.
constexpr auto kQuietWait = std::chrono::milliseconds(80);

}  // namespace

BackgroundWork::~BackgroundWork() {
    for (std::thread& worker : workers_)
        if (worker.joinable()) worker.join();
}

bool BackgroundWork::run(wxWindow* parent, const wxString& title, const wxString& message,
                         std::function<void(const std::atomic<bool>& cancelled)> work) {
    auto state = std::make_shared<WorkState>();
    workers_.emplace_back([state, work = std::move(work)] {
        work(state->cancelled);
        state->done = true;
    });

    const auto quietUntil = std::chrono::steady_clock::now() + kQuietWait;
    while (!state->done && std::chrono::steady_clock::now() < quietUntil) wxMilliSleep(5);
    if (!state->done) {
        wxProgressDialog progress(title, message, 100, parent,
                                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
        while (!state->done) {
            // Pulse() also lets the windows repaint and the Cancel button be pressed.
            if (!progress.Pulse()) {
                state->cancelled = true;
                return false;
            }
            wxMilliSleep(30);
        }
    }
    workers_.back().join();
    workers_.pop_back();
    return true;
}

}  // namespace tqm::gui
