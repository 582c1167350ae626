// Runs one piece of report work at a time off the UI thread (assembling a 10,000-person ledger,
// writing a PDF), so that the window never freezes, and hands the end back on the UI thread. A
// database file gets a connection of the worker's own (SQLite's WAL lets the window go on
// reading); a database in memory, which no second connection can see, is shared, as SQLite
// serialises calls on one connection.
#pragma once

#include <functional>
#include <string>
#include <thread>

#include <wx/event.h>

#include "learn/learner_workspace.h"

namespace tqm::gui {

class ReportWorker {
  public:
    using Job = std::function<void(store::Database&)>;
    // `failure` is empty when the job ran to its end; otherwise why it did not, in English.
    using Done = std::function<void(const std::string& failure)>;

    // `owner` receives the end through CallAfter and must outlive the worker.
    explicit ReportWorker(wxEvtHandler& owner) : owner_(owner) {}
    ~ReportWorker();
    ReportWorker(const ReportWorker&) = delete;
    ReportWorker& operator=(const ReportWorker&) = delete;

    // False, doing nothing, while a job runs or when there is no database.
    bool start(LearnerWorkspace& workspace, Job job, Done done);
    bool running() const { return running_; }

  private:
    wxEvtHandler& owner_;
    std::thread thread_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
