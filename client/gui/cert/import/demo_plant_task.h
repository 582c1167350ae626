// Importing the demo plant (cert/demo_plant_setup.h) off the UI thread, for the empty
// certificate area's 导入示例工厂数据 button: the roster when the database has nobody, then the
// four certificate files, through a database connection of the worker's own.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <thread>

#include "base/calendar_date.h"

namespace tqm::gui {

class DemoPlantTask {
  public:
    using Post = std::function<void(std::function<void()>)>;
    // Gets what went wrong in the core's English words; empty when everything was imported.
    using Done = std::function<void(std::string problem)>;

    DemoPlantTask() = default;
    ~DemoPlantTask();
    DemoPlantTask(const DemoPlantTask&) = delete;
    DemoPlantTask& operator=(const DemoPlantTask&) = delete;

    void start(std::filesystem::path databaseFile, std::filesystem::path contentDir, Date heldSince,
               Post post, Done done);
    bool running() const { return running_; }

  private:
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
};

}  // namespace tqm::gui
