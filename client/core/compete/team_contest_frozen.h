// The competition file as a competition keeps it: every bank question written out in the file
// (its id kept as ref) and the bank reference dropped, so that a competition resumes, and its log
// replays, exactly as it was played even when the bank was edited, moved or deleted since.
#pragma once

#include <string>
#include <string_view>

#include "compete/team_contest.h"

namespace tqm::compete {

// `bytes` is the file `contest` was read from without errors.
std::string frozenContestXml(std::string_view bytes, const TeamContest& contest);

}  // namespace tqm::compete
