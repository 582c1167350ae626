// The standings of a competition as this database holds them: the merged results ranked, and the
// figures per unit against the roster of people (table `person`).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "compete/contest.h"
#include "compete/ranking.h"
#include "store/database.h"

namespace tqm::compete {

struct Standings {
    Competition competition;
    std::vector<RankedResult> ranking;
    std::vector<UnitFigures> units;
};

// Nothing when the database holds no competition `competitionId`.
std::optional<Standings> loadStandings(store::Database& database, std::string_view competitionId);

}  // namespace tqm::compete
