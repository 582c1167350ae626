#include "admin/people/roster_import_task.h"

#include <fstream>
#include <memory>
#include <sstream>

#include "base/clock.h"
#include "store/people_repository.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> readWholeFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

}  // namespace

RosterImportOutcome importRosterFile(const fs::path& csv, store::Database& database) {
    RosterImportOutcome outcome;
    outcome.file = csv;
    const std::optional<std::string> bytes = readWholeFile(csv);
    if (!bytes) {
        outcome.failure = "the file cannot be read";
        outcome.fileUnreadable = true;
        return outcome;
    }
    store::PeopleRepository people(database);
    outcome.result = cert::importRoster(*bytes, csv.filename().string(), people);
    return outcome;
}

RosterImportTask::~RosterImportTask() {
    if (worker_.joinable()) worker_.join();
}

void RosterImportTask::start(fs::path csv, fs::path databaseFile, Post post,
                             std::function<void(RosterImportOutcome)> done) {
    if (running_) return;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    auto finish = [this, done = std::move(done)](RosterImportOutcome outcome) {
        running_ = false;
        done(std::move(outcome));
    };
    worker_ = std::thread([csv = std::move(csv), databaseFile = std::move(databaseFile),
                           post = std::move(post), finish = std::move(finish)] {
        auto outcome = std::make_shared<RosterImportOutcome>();
        const SystemClock clock;
        store::OpenResult opened = store::Database::open(databaseFile, clock);
        if (!opened.ok()) {
            outcome->file = csv;
            outcome->failure = opened.error->message;
        } else {
            *outcome = importRosterFile(csv, *opened.database);
        }
        post([finish, outcome] { finish(std::move(*outcome)); });
    });
}

}  // namespace tqm::gui
