// Runs a certificate-desk action (a check or a save) away from the UI thread: the desk reads the
// whole certificate book for its warnings, which takes a good part of a second for a plant of
// 10,000 people. A database file is opened again on the worker (SQLite's WAL lets the window go
// on meanwhile); a database in memory, which no second connection can see, is used on the UI
// thread, where the work then runs at once.
#pragma once

#include <functional>
#include <string>
#include <thread>

#include <wx/event.h>

#include "learn/learner_workspace.h"
#include "store/database.h"

namespace tqm::gui {

class DeskWork {
  public:
    using Work = std::function<void(store::Database&)>;
    // Called on the UI thread; `failure` is the core's words when the database could not be
    // opened or the work threw, empty when it ran.
    using Done = std::function<void(const std::string& failure)>;

    // `owner` receives the result and must outlive this object.
    explicit DeskWork(wxEvtHandler& owner) : owner_(owner) {}
    ~DeskWork();
    DeskWork(const DeskWork&) = delete;
    DeskWork& operator=(const DeskWork&) = delete;

    // Runs `work`, then `done`. Refused (false) while an earlier work runs.
    bool run(LearnerWorkspace& workspace, Work work, Done done);
    bool busy() const { return running_; }

  private:
    wxEvtHandler& owner_;
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
