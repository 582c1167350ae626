#include "cert/assign/desk_work.h"

#include <exception>
#include <memory>

namespace tqm::gui {

DeskWork::~DeskWork() {
    if (worker_.joinable()) worker_.join();
}

bool DeskWork::run(LearnerWorkspace& workspace, Work work, Done done) {
    store::Database* database = workspace.database();
    if (running_) return false;
    if (!database) {
        done("there is no database");
        return true;
    }
    if (workspace.databaseFile() == store::kInMemory) {
        std::string failure;
        try {
            work(*database);
        } catch (const std::exception& error) {
            failure = error.what();
        }
        done(failure);
        return true;
    }
    if (worker_.joinable()) worker_.join();
    running_ = true;
    worker_ = std::thread([this, file = workspace.databaseFile(), &clock = workspace.clock(),
                           work = std::move(work), done = std::move(done)] {
        auto failure = std::make_shared<std::string>();
        try {
            store::OpenResult opened = store::Database::open(file, clock);
            if (opened.ok())
                work(*opened.database);
            else
                *failure = opened.error->message;
        } catch (const std::exception& error) {
            *failure = error.what();
        }
        owner_.CallAfter([this, failure, done] {
            running_ = false;
            done(*failure);
        });
    });
    return true;
}

}  // namespace tqm::gui
