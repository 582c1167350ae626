// The demo plant's certificate records (content/demo-cert-types.csv, demo-positions.csv,
// demo-requirements.csv, demo-certificates.csv) written into the workspace's database, for the
// screenshot tour and the tests. The people come from the demo roster, imported first when the
// database has nobody. The files go in through the same import services as the command line.
#pragma once

#include <filesystem>
#include <string>

#include "base/calendar_date.h"
#include "learn/learner_workspace.h"
#include "store/database.h"

namespace tqm::gui {

// The day the demo plant's people took up their positions: before any of its certificates.
inline constexpr Date kDemoPlantHeldSince{std::chrono::year{2019} / 1 / 1};

// Imports the four files. A roster import dates everyone's positions from the day it ran; for a
// plant that has worked for years, each position held since after `heldSince` gets the earlier
// days too, as an assignment from `heldSince` to the day before. Returns what went wrong, in
// English (the core's words); empty when everything was imported.
std::string importDemoPlant(LearnerWorkspace& workspace, Date heldSince);

// The same through any connection (a worker thread's own), with the files of `contentDir`.
std::string importDemoPlant(store::Database& database, const std::filesystem::path& contentDir,
                            Date heldSince);

}  // namespace tqm::gui
