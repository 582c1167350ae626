// A main window over the shipped courses and a database file of the test's own, which is removed
// with the fixture.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <system_error>

#include "frame_fixture.h"

namespace tqm::gui::test {

class LearnerFixture {
  public:
    explicit LearnerFixture(const std::string& name)
        : folder_(std::filesystem::temp_directory_path() /
                  ("tqm-gui-" + name + "-" +
                   std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()))) {
        std::filesystem::create_directories(folder_);
    }
    ~LearnerFixture() {
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }
    LearnerFixture(const LearnerFixture&) = delete;
    LearnerFixture& operator=(const LearnerFixture&) = delete;

    std::filesystem::path databaseFile() const { return folder_ / "tqm.db"; }
    const std::filesystem::path& folder() const { return folder_; }

    FramePtr open(UiLanguage language = UiLanguage::Chinese) const {
        MainFrameOptions options;
        options.bankFolder = testData("gui/basic");
        options.databaseFile = databaseFile();
        options.contentDir = std::filesystem::path(TQM_CONTENT_DIR);
        return openFrame(std::move(options), language);
    }

  private:
    std::filesystem::path folder_;
};

}  // namespace tqm::gui::test
