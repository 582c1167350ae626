#include "reports/report_worker.h"

#include <exception>

#include "base/clock.h"

namespace tqm::gui {

ReportWorker::~ReportWorker() {
    if (thread_.joinable()) thread_.join();
}

bool ReportWorker::start(LearnerWorkspace& workspace, Job job, Done done) {
    store::Database* shared = workspace.database();
    if (running_ || !shared) return false;
    if (thread_.joinable()) thread_.join();
    running_ = true;
    if (workspace.databaseFile() != store::kInMemory) shared = nullptr;
    thread_ = std::thread([this, shared, databaseFile = workspace.databaseFile(),
                           job = std::move(job), done = std::move(done)] {
        std::string failure;
        try {
            if (shared) {
                job(*shared);
            } else {
                const SystemClock clock;
                store::OpenResult opened = store::Database::open(databaseFile, clock);
                if (opened.ok())
                    job(*opened.database);
                else
                    failure = opened.error->message;
            }
        } catch (const std::exception& error) {
            failure = error.what();
        }
        owner_.CallAfter([this, failure, done] {
            if (thread_.joinable()) thread_.join();
            running_ = false;
            done(failure);
        });
    });
    return true;
}

}  // namespace tqm::gui
