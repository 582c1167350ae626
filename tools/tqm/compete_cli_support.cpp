#include "compete_cli_support.h"

#include <vector>

#include "compete/contest_repository.h"
#include "output.h"

namespace tqm::cli {

std::optional<compete::Competition> findCompetition(store::Database& database,
                                                    const std::string& idOrPrefix) {
    std::vector<compete::Competition> matches;
    for (compete::Competition& competition : compete::ContestRepository(database).list()) {
        if (competition.id == idOrPrefix) return competition;
        if (!idOrPrefix.empty() && competition.id.starts_with(idOrPrefix))
            matches.push_back(std::move(competition));
    }
    if (matches.size() == 1) return matches.front();
    printSummary(matches.empty()
                     ? "tqm: no-such-competition: this database holds no competition " +
                           idOrPrefix + "; list them with tqm compete list"
                     : "tqm: ambiguous-competition: " + std::to_string(matches.size()) +
                           " competitions begin with " + idOrPrefix + "; give more of the id");
    return std::nullopt;
}

}  // namespace tqm::cli
