// Runs one certificate export at a time off the UI thread, so that a register of 10,000 rows or
// a PDF of hundreds of certificates never freezes the window, and hands the outcome back on the
// UI thread. A database file gets a connection of the worker's own (SQLite's WAL lets the window
// go on reading meanwhile); a database in memory, which no second connection can see, is shared
// with the worker, as SQLite serialises calls on one connection.
#pragma once

#include <functional>
#include <thread>

#include <wx/event.h>

#include "cert/export/export_jobs.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CertExportRunner {
  public:
    using Job = std::function<CertExportOutcome(store::Database&)>;
    using Done = std::function<void(CertExportOutcome)>;

    // Outcomes are delivered through `owner`, which must outlive the runner.
    explicit CertExportRunner(wxEvtHandler& owner) : owner_(owner) {}
    ~CertExportRunner();
    CertExportRunner(const CertExportRunner&) = delete;
    CertExportRunner& operator=(const CertExportRunner&) = delete;

    // Runs `job` and calls `done` with its outcome on the UI thread; an outcome that did not come
    // from `job` (the database could not be opened) names `kind` and `file`. False, doing
    // nothing, while another export runs or when there is no database.
    bool start(LearnerWorkspace& workspace, CertExportKind kind, std::filesystem::path file,
               Job job, Done done);
    bool running() const { return running_; }

  private:
    wxEvtHandler& owner_;
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
