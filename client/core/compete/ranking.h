// The ranking of a competition and the figures per unit (单位) that enterprise awards go by.
// Pure functions over merged results and the roster; nothing here reads the database.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "compete/contest_result.h"
#include "exam/points.h"

namespace tqm::compete {

struct RankedResult {
    int rank = 0;  // 1, 2, 2, 4, ...: results equal in score, time used and submission share one
    ContestResult result;
    bool operator==(const RankedResult&) const = default;
};

// Ordered by score (highest first), then time used (shortest first), then submission time
// (earliest first); results equal in all three share a rank and are listed by 工号.
std::vector<RankedResult> rankResults(std::vector<ContestResult> results);

struct RosterEntry {
    std::string employeeNo;
    std::string unit;
};

struct UnitFigures {
    std::string unit;              // "" for people whose unit is not recorded
    std::int64_t rosterCount = 0;  // people of the unit on the roster
    std::int64_t participants = 0;
    exam::Centipoints totalScore = 0;
    // (participants the roster puts in the unit) / rosterCount in tenths of a percent (667 = 66.7
    // %), rounded half up; none when the roster has nobody in the unit.
    std::optional<std::int64_t> participationPermille;
    // The participants' average score in hundredths of a point, rounded half up; none without
    // participants.
    std::optional<exam::Centipoints> averageScore;
    bool operator==(const UnitFigures&) const = default;
};

// A participant counts for the unit the roster gives their 工号, or for the unit their result
// names when the roster does not know them. Ordered by participation rate (highest first, units
// without a roster count last), then average score (highest first), then unit name.
std::vector<UnitFigures> unitFigures(std::span<const ContestResult> results,
                                     std::span<const RosterEntry> roster);

}  // namespace tqm::compete
