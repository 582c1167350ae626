// Runs a results export away from the screen: the rows are read from the database and the file
// written on a worker thread, and `done` is called back on the UI thread. The database is the
// screen's own connection (SQLite serialises calls on it, and the export only reads); the
// progress dialog the caller shows is application-modal, so nothing else writes meanwhile.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

#include <wx/event.h>

#include "report/result_rows.h"
#include "results/result_export.h"
#include "results/result_table.h"
#include "store/database.h"

namespace tqm::gui {

class ResultsExporter {
  public:
    using Done = std::function<void(const std::filesystem::path& file,
                                    const std::optional<report::ExportError>& error)>;

    // Callbacks are delivered through `handler`, which must outlive this object.
    explicit ResultsExporter(wxEvtHandler& handler) : handler_(handler) {}
    ~ResultsExporter();
    ResultsExporter(const ResultsExporter&) = delete;
    ResultsExporter& operator=(const ResultsExporter&) = delete;

    // False when an export is still running.
    bool start(store::Database& database, std::vector<results::ResultRow> rows,
               std::vector<std::size_t> order, results::ExportFormat format,
               std::filesystem::path file, Done done);
    bool running() const { return running_; }

  private:
    void join();

    wxEvtHandler& handler_;
    std::thread worker_;
    std::atomic<bool> running_{false};
};

}  // namespace tqm::gui
