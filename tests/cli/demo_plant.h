// The demo plant of content/demo-*.csv (roster, positions, certificate types, requirements,
// certificates) written into a database through the core, as an import would, on a fake clock:
// everyone takes up the positions of the roster on 2026-01-05.
#pragma once

#include <filesystem>

namespace tqm::clitest {

void buildDemoPlant(const std::filesystem::path& databaseFile);

}  // namespace tqm::clitest
