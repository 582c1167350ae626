#include "cert/export/export_runner.h"

#include <exception>
#include <memory>
#include <optional>

#include "base/clock.h"

namespace tqm::gui {

CertExportRunner::~CertExportRunner() {
    if (worker_.joinable()) worker_.join();
}

bool CertExportRunner::start(LearnerWorkspace& workspace, CertExportKind kind,
                             std::filesystem::path file, Job job, Done done) {
    store::Database* shared = workspace.database();
    if (running_ || !shared) return false;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    if (workspace.databaseFile() != store::kInMemory) shared = nullptr;
    worker_ = std::thread([this, shared, databaseFile = workspace.databaseFile(), kind,
                           file = std::move(file), job = std::move(job), done = std::move(done)] {
        auto outcome = std::make_shared<CertExportOutcome>();
        outcome->kind = kind;
        outcome->file = file;
        try {
            if (shared) {
                *outcome = job(*shared);
            } else {
                const SystemClock clock;
                store::OpenResult opened = store::Database::open(databaseFile, clock);
                if (opened.ok()) {
                    *outcome = job(*opened.database);
                } else {
                    outcome->problemCode = "database-unreadable";
                    outcome->problemMessage = opened.error->message;
                }
            }
        } catch (const std::exception& error) {
            outcome->kind = kind;
            outcome->file = file;
            outcome->problemCode = "export-failed";
            outcome->problemMessage = error.what();
        }
        owner_.CallAfter([this, outcome, done] {
            if (worker_.joinable()) worker_.join();
            running_ = false;
            done(std::move(*outcome));
        });
    });
    return true;
}

}  // namespace tqm::gui
