#include "compete/ranking_standings.h"

#include "compete/contest_repository.h"
#include "compete/package_repository.h"
#include "store/people_repository.h"

namespace tqm::compete {

std::optional<Standings> loadStandings(store::Database& database, std::string_view competitionId) {
    std::optional<Competition> competition = ContestRepository(database).find(competitionId);
    if (!competition) return std::nullopt;
    std::vector<ContestResult> results = PackageRepository(database).results(competitionId);
    std::vector<RosterEntry> roster;
    for (const store::Person& person : store::PeopleRepository(database).list())
        roster.push_back({person.employeeNo, person.unit});
    Standings standings;
    standings.competition = std::move(*competition);
    standings.units = unitFigures(results, roster);
    standings.ranking = rankResults(std::move(results));
    return standings;
}

}  // namespace tqm::compete
