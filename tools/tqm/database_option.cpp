#include "database_option.h"

#include "output.h"
#include "store/data_directory.h"

namespace tqm::cli {

void addDatabaseOption(CLI::App& app, std::string& path) {
    app.add_option("--db", path,
                   "The database file (default: tqm-trainer/tqm.db in the user's data folder, "
                   "e.g. ~/.local/share/tqm-trainer/tqm.db); created with its folders when it "
                   "does not exist");
}

std::optional<store::Database> openDatabase(const std::string& path, const Clock& clock) {
    std::filesystem::path file = path;
    if (file.empty()) {
        const auto fallback = store::defaultDatabasePath();
        if (!fallback) {
            printSummary(
                "tqm: the user's data folder is unknown (HOME is not set); name the database "
                "with --db PATH");
            return std::nullopt;
        }
        file = *fallback;
    }
    store::OpenResult opened = store::Database::open(file, clock);
    if (!opened.ok()) {
        printSummary("tqm: " + opened.error->message);
        return std::nullopt;
    }
    return std::move(opened.database);
}

}  // namespace tqm::cli
