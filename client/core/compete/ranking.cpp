#include "compete/ranking.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace tqm::compete {

namespace {

auto rankKey(const ContestResult& r) {
    return std::make_tuple(-r.score, r.timeUsedMs, r.submittedAt);
}

// a / b rounded half up, for non-negative a and positive b.
std::int64_t roundedRatio(std::int64_t a, std::int64_t b) {
    return (2 * a + b) / (2 * b);
}

}  // namespace

std::vector<RankedResult> rankResults(std::vector<ContestResult> results) {
    std::sort(results.begin(), results.end(), [](const ContestResult& a, const ContestResult& b) {
        return std::make_tuple(rankKey(a), a.employeeNo) <
               std::make_tuple(rankKey(b), b.employeeNo);
    });
    std::vector<RankedResult> ranked;
    ranked.reserve(results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const bool tied = i > 0 && rankKey(results[i]) == rankKey(results[i - 1]);
        const int rank = tied ? ranked.back().rank : static_cast<int>(i) + 1;
        ranked.push_back({rank, std::move(results[i])});
    }
    return ranked;
}

std::vector<UnitFigures> unitFigures(std::span<const ContestResult> results,
                                     std::span<const RosterEntry> roster) {
    std::map<std::string, UnitFigures> units;
    std::map<std::string, std::string> unitOf;
    std::map<std::string, std::int64_t> onRoster;  // participants the roster knows, per unit
    for (const RosterEntry& person : roster) {
        unitOf[person.employeeNo] = person.unit;
        UnitFigures& unit = units[person.unit];
        unit.unit = person.unit;
        ++unit.rosterCount;
    }
    for (const ContestResult& r : results) {
        const auto known = unitOf.find(r.employeeNo);
        const std::string& name = known != unitOf.end() ? known->second : r.unit;
        if (known != unitOf.end()) ++onRoster[name];
        UnitFigures& unit = units[name];
        unit.unit = name;
        ++unit.participants;
        unit.totalScore += r.score;
    }
    std::vector<UnitFigures> out;
    for (auto& [name, unit] : units) {
        // The rate is measured against the roster: a participant the roster does not know adds
        // to the unit's average but not to its rate.
        if (unit.rosterCount > 0)
            unit.participationPermille = roundedRatio(1000 * onRoster[name], unit.rosterCount);
        if (unit.participants > 0)
            unit.averageScore = roundedRatio(unit.totalScore, unit.participants);
        out.push_back(std::move(unit));
    }
    std::sort(out.begin(), out.end(), [](const UnitFigures& a, const UnitFigures& b) {
        const auto key = [](const UnitFigures& u) {
            return std::make_tuple(!u.participationPermille.has_value(),
                                   -u.participationPermille.value_or(0),
                                   -u.averageScore.value_or(-1), u.unit);
        };
        return key(a) < key(b);
    });
    return out;
}

}  // namespace tqm::compete
