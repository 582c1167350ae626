#include "admin/results/results_exporter.h"

#include <exception>

namespace tqm::gui {

ResultsExporter::~ResultsExporter() {
    join();
}

void ResultsExporter::join() {
    if (worker_.joinable()) worker_.join();
}

bool ResultsExporter::start(store::Database& database, std::vector<results::ResultRow> rows,
                            std::vector<std::size_t> order, results::ExportFormat format,
                            std::filesystem::path file, Done done) {
    if (running_) return false;
    join();
    running_ = true;
    worker_ = std::thread([this, &database, rows = std::move(rows), order = std::move(order),
                           format, file = std::move(file), done = std::move(done)]() mutable {
        std::optional<report::ExportError> error;
        try {
            const results::ExportRows exported = results::exportRows(database, rows, order, format);
            error = results::writeExport(file, format, exported);
        } catch (const std::exception& e) {
            // A damaged database row: reported like a failed write, the file left as it was.
            error = report::ExportError{file.string(), e.what()};
        }
        handler_.CallAfter([this, file, error, done = std::move(done)] {
            join();
            running_ = false;
            done(file, error);
        });
    });
    return true;
}

}  // namespace tqm::gui
