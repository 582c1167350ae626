// The demo plant of content/demo-*.csv (roster, positions, certificate types, requirements,
// certificates) written into a database through the core, as an import would, on a fake clock:
// everyone takes up the positions of the roster on 2026-01-05.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tqm_runner.h"

namespace tqm::clitest {

void buildDemoPlant(const std::filesystem::path& databaseFile);

// A demo plant in a database of its own, removed with the test, and `tqm` run on it.
struct DemoPlant {
    TempDir dir;
    std::string db = (dir / "plant.db").string();

    DemoPlant() { buildDemoPlant(db); }

    TqmRun tqm(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return runTqm(args);
    }
};

}  // namespace tqm::clitest
