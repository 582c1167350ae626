// The demo plant's certificate records (content/demo-cert-types.csv, demo-positions.csv,
// demo-requirements.csv, demo-certificates.csv) written into the workspace's database, for the
// screenshot tour and the tests. The people come from the demo roster, imported first when the
// database has nobody. The files go in through the same import services as the command line.
// Then the plant's finished training class (一期), made through the core's training records, so
// that 报表 has a class file and study hours to show.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/calendar_date.h"
#include "learn/learner_workspace.h"
#include "store/database.h"

namespace tqm::gui {

// The day the demo plant's people took up their positions: before any of its certificates.
inline constexpr Date kDemoPlantHeldSince{std::chrono::year{2019} / 1 / 1};

// The demo plant's training class: 2026-Q4-01 质量管理体系内审员培训班, 2026-11-16 to 18, twelve
// people (D0001-D0012), three courses, attendance taken every day.
inline constexpr std::string_view kDemoClassCode = "2026-Q4-01";

// Imports the four files, then adds the demo class (unless a class has its code already). A roster
// import dates everyone's positions from the day it ran; for a plant that has worked for years,
// each position held since after `heldSince` gets the earlier days too, as an assignment from
// `heldSince` to the day before. Returns what went wrong, in English (the core's words); empty when
// everything was imported.
std::string importDemoPlant(LearnerWorkspace& workspace, Date heldSince);

// The same through any connection (a worker thread's own), with the files of `contentDir`.
std::string importDemoPlant(store::Database& database, const std::filesystem::path& contentDir,
                            Date heldSince);

// The demo class alone; "" when it was made or is there already, else why not, in English.
std::string addDemoClass(store::Database& database);

}  // namespace tqm::gui
