// Long work (reading, converting and writing banks) off the UI thread: the work runs on a worker
// thread while a progress dialog pulses, so the window keeps repainting and the user can cancel.
#pragma once

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include <wx/string.h>
#include <wx/window.h>

namespace tqm::gui {

class BackgroundWork {
  public:
    BackgroundWork() = default;
    BackgroundWork(const BackgroundWork&) = delete;
    BackgroundWork& operator=(const BackgroundWork&) = delete;
    // Waits for work that was cancelled but is still finishing.
    ~BackgroundWork();

    // Runs `work` on a worker thread and waits, keeping the window alive, until it has finished
    // (true) or the user cancelled (false). A cancelled work finishes in the background; it must
    // look at `cancelled` before anything that cannot be undone and only write state it shares
    // with the caller through what it captured (a shared_ptr), which the caller then ignores.
    bool run(wxWindow* parent, const wxString& title, const wxString& message,
             std::function<void(const std::atomic<bool>& cancelled)> work);

  private:
    std::vector<std::thread> workers_;
};

}  // namespace tqm::gui
