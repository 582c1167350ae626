// Values as every screen shows them: times and points.
#pragma once

#include <cstdint>

#include <wx/string.h>

#include "exam/points.h"

namespace tqm::gui {

// "2026-11-30 17:00" in China Standard Time (+08:00), as the exams are organised, whatever the
// workstation's time zone.
wxString localTimeText(std::int64_t unixMillis);

// Points with at most two decimals and no trailing zeros: "2", "0.5", "2.66".
wxString pointsLabel(exam::Centipoints points);

}  // namespace tqm::gui
