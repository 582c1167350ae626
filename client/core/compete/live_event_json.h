// An event's payload as JSON text, the form the event table stores and exported logs carry:
// {"team":"red","value":20} and the like, with teams named by id so a log reads on its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compete/live_event.h"
#include "compete/team_contest.h"

namespace tqm::compete {

std::string payloadJson(const EventBody& body, const TeamContest& contest);

// The event of kind `kind` with payload `payload`; nothing when either is not understood.
std::optional<EventBody> eventFromJson(std::string_view kind, std::string_view payload,
                                       const TeamContest& contest);

}  // namespace tqm::compete
