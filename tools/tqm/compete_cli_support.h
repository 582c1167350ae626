// What the `tqm compete` and `tqm package` commands share: finding the competition a command
// names (its whole id or an unambiguous beginning of it) and printing refusals.
#pragma once

#include <optional>
#include <string>

#include "compete/contest.h"
#include "store/database.h"

namespace tqm::cli {

// The competition, or nothing after printing that none or several match.
std::optional<compete::Competition> findCompetition(store::Database& database,
                                                    const std::string& idOrPrefix);

}  // namespace tqm::cli
