// A main window over a database of the test's own holding the demo plant (content/demo-*.csv:
// roster, positions, certificate types, requirements, certificates), everyone's positions held
// since 2019-01-01, on the clock the test gives.
#pragma once

#include "base/clock.h"
#include "cert/demo_plant_setup.h"
#include "learner_fixture.h"

namespace tqm::gui::test {

inline FramePtr openDemoPlantFrame(const LearnerFixture& fixture, Clock& clock) {
    MainFrameOptions options;
    options.bankFolder = testData("gui/basic");
    options.databaseFile = fixture.databaseFile();
    options.contentDir = std::filesystem::path(TQM_CONTENT_DIR);
    options.clock = &clock;
    FramePtr frame = openFrame(std::move(options));
    REQUIRE(importDemoPlant(frame->workspace(), kDemoPlantHeldSince).empty());
    return frame;
}

}  // namespace tqm::gui::test
