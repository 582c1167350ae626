// Importing a roster file off the UI thread. The import reads and checks every row, then writes
// the good ones in one transaction; with 10,000 people that is longer than a click may block the
// window, so it runs on a worker thread with a database connection of its own (SQLite's WAL lets
// the window keep reading meanwhile).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "cert/roster_import.h"
#include "store/database.h"

namespace tqm::gui {

struct RosterImportOutcome {
    std::filesystem::path file;
    // Why nothing could be imported at all (the file or the database could not be opened), in
    // the core's English words; empty when the import ran.
    std::string failure;
    bool fileUnreadable = false;  // the failure is about the roster file, not the database
    cert::RosterImportResult result;
};

// Reads `csv` and imports it through `database`. Runs on any thread that owns `database`.
RosterImportOutcome importRosterFile(const std::filesystem::path& csv, store::Database& database);

// Runs one import at a time on a worker thread and hands the outcome to `done` on the UI thread
// (through `post`, which queues a call there). The destructor waits for a running import.
class RosterImportTask {
  public:
    using Post = std::function<void(std::function<void()>)>;

    RosterImportTask() = default;
    ~RosterImportTask();
    RosterImportTask(const RosterImportTask&) = delete;
    RosterImportTask& operator=(const RosterImportTask&) = delete;

    // Imports `csv` into the database file `databaseFile` through a connection of its own.
    void start(std::filesystem::path csv, std::filesystem::path databaseFile, Post post,
               std::function<void(RosterImportOutcome)> done);
    bool running() const { return running_; }

  private:
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
