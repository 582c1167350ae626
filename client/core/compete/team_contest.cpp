#include "compete/team_contest.h"

namespace tqm::compete {

std::string_view roundKindName(RoundKind kind) {
    switch (kind) {
        case RoundKind::Required:
            return "required";
        case RoundKind::BuzzIn:
            return "buzz-in";
        case RoundKind::Risk:
            return "risk";
        case RoundKind::Speed:
            return "speed";
    }
    return "required";
}

std::optional<std::size_t> TeamContest::findTeam(std::string_view idOrName) const {
    for (std::size_t i = 0; i < teams.size(); ++i)
        if (teams[i].id == idOrName) return i;
    for (std::size_t i = 0; i < teams.size(); ++i)
        if (teams[i].name == idOrName) return i;
    return std::nullopt;
}

std::optional<std::size_t> TeamContest::teamForKey(std::string_view key) const {
    for (std::size_t i = 0; i < teams.size(); ++i)
        if (teams[i].buzzerKey == key) return i;
    return std::nullopt;
}

}  // namespace tqm::compete
