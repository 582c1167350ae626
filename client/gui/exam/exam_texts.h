// How the exam screens say things: the countdown and its colour, times, points, states and
// verdicts, and the core's refusals in the user's language (the core's English messages are
// for logs and the command line; the screens translate by code).
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include <wx/colour.h>
#include <wx/string.h>

#include "widgets/value_texts.h"

#include "exam/points.h"
#include "exam/scoring.h"
#include "session/exam_overview.h"
#include "session/exam_service.h"

namespace tqm::gui {

// The countdown turns amber at kAmberAt left and red at kRedAt left.
inline constexpr std::chrono::minutes kAmberAt{5};
inline constexpr std::chrono::minutes kRedAt{1};

enum class CountdownLevel { Calm, Amber, Red };

CountdownLevel countdownLevel(std::chrono::milliseconds remaining);
wxColour countdownColour(CountdownLevel level);
// "mm:ss", or "h:mm:ss" from an hour up; seconds are rounded up, so 0:00 means the time is up.
wxString formatCountdown(std::chrono::milliseconds remaining);
// "90 分钟", "1 小时 30 分钟": a duration as a person says it.
wxString durationText(std::chrono::milliseconds duration);

wxString stateLabel(const session::ExamOverview& overview);
wxString verdictLabel(exam::Verdict verdict);
wxColour verdictColour(exam::Verdict verdict);

// The refusal in plain words with what to do next.
wxString refusalText(const session::Refusal& refusal);

// "3, 7, 12" — question numbers for a sentence.
wxString numberList(const std::vector<std::size_t>& numbers);

}  // namespace tqm::gui
