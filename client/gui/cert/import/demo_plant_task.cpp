#include "cert/import/demo_plant_task.h"

#include <exception>
#include <memory>

#include "base/clock.h"
#include "cert/demo_plant_setup.h"
#include "store/database.h"

namespace tqm::gui {

namespace fs = std::filesystem;

DemoPlantTask::~DemoPlantTask() {
    if (worker_.joinable()) worker_.join();
}

void DemoPlantTask::start(fs::path databaseFile, fs::path contentDir, Date heldSince, Post post,
                          Done done) {
    if (running_) return;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    auto finish = [this, done = std::move(done)](std::string problem) {
        running_ = false;
        done(std::move(problem));
    };
    worker_ =
        std::thread([databaseFile = std::move(databaseFile), contentDir = std::move(contentDir),
                     heldSince, post = std::move(post), finish = std::move(finish)] {
            auto problem = std::make_shared<std::string>();
            try {
                const SystemClock clock;
                store::OpenResult opened = store::Database::open(databaseFile, clock);
                *problem = opened.ok() ? importDemoPlant(*opened.database, contentDir, heldSince)
                                       : opened.error->message;
            } catch (const std::exception& error) {
                *problem = error.what();
            }
            post([finish, problem] { finish(std::move(*problem)); });
        });
}

}  // namespace tqm::gui
