// The words of the practice screen about a checked answer: the verdict, the correct answer, what
// happened in the wrong-answer book, and the progress line, in the interface language.
#pragma once

#include <chrono>

#include <wx/string.h>

#include "session/practice_round.h"

namespace tqm::gui {

enum class Verdict { Right, PartlyRight, Wrong, Skipped, Essay };

Verdict verdictOf(const session::PracticeFeedback& feedback);
// "Right", "Partly right: 1 of 2 points", "Wrong", ...
wxString verdictText(const session::PracticeFeedback& feedback);
// The correct answer as the learner reads it ("对"/"错" follow the interface language).
wxString correctAnswerText(const exam::PaperQuestion& question,
                           const session::PracticeFeedback& feedback);
// What the answer did to the wrong-answer book, or empty when nothing changed.
wxString bookText(const session::PracticeFeedback& feedback);
// "Question 3 of 20, 2 right"
wxString progressText(std::size_t index, const session::RoundTally& tally);
// A calendar day as 2026-11-25.
wxString dayText(std::chrono::sys_days day);

}  // namespace tqm::gui
