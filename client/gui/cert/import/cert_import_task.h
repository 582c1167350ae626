// Importing certificate files off the UI thread. Each file is read, checked and written in one
// transaction by the core (cert/cert_file_import.h, cert/certificate_file_import.h); a plant's
// certificates file takes longer than a click may block the window, so the files go through a
// worker thread with a database connection of its own (SQLite's WAL lets the window keep reading
// meanwhile), one after the other in the order of kCertFileKinds.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "cert/file_import_result.h"
#include "cert/import/cert_file_kind.h"
#include "store/database.h"

namespace tqm::gui {

struct CertFileChoice {
    CertFileKind kind = CertFileKind::Types;
    std::filesystem::path file;
};

struct CertFileOutcome {
    CertFileKind kind = CertFileKind::Types;
    std::filesystem::path file;
    // Why the file was not imported at all (it or the database could not be opened, a key could
    // not be read), in the core's English words; empty when the import ran.
    std::string failure;
    bool fileUnreadable = false;  // the failure is about the file, not the database
    cert::FileImportResult result;
};

// The choices sorted into the order they must be imported in (types, positions, requirements,
// certificates); files of one kind keep the order they were chosen in.
std::vector<CertFileChoice> inImportOrder(std::vector<CertFileChoice> choices);

// Imports one file through `database` (any thread that owns it).
CertFileOutcome importCertFile(const CertFileChoice& choice, store::Database& database);

// Runs one batch of files at a time on a worker thread. `step` is told, on the UI thread, the
// index of each file as it starts; `done` gets every file's outcome, in import order. The
// destructor waits for a running batch.
class CertImportTask {
  public:
    using Post = std::function<void(std::function<void()>)>;
    using Step = std::function<void(std::size_t index)>;
    using Done = std::function<void(std::vector<CertFileOutcome>)>;

    CertImportTask() = default;
    ~CertImportTask();
    CertImportTask(const CertImportTask&) = delete;
    CertImportTask& operator=(const CertImportTask&) = delete;

    // Imports `choices` (already in import order) into the database file `databaseFile`.
    void start(std::vector<CertFileChoice> choices, std::filesystem::path databaseFile, Post post,
               Step step, Done done);
    bool running() const { return running_; }

  private:
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
