// How the competitions area words what the core reports: the refusals of making, joining,
// starting, exporting and merging a competition, translated from their stable codes (the core's
// English text is shown only for a code the client does not know), and the values of its lists.
#pragma once

#include <filesystem>

#include <wx/string.h>

#include "admin/key_material.h"
#include "compete/contest.h"
#include "compete/package_merge.h"
#include "report/result_rows.h"
#include "session/exam_service.h"

namespace tqm::gui {

// Why the competition cannot be started now (contest-not-open, contest-closed), with its name and
// the time in China Standard Time; other refusals as the exam screens word them.
wxString contestWindowText(const compete::Competition& competition,
                           const session::Refusal& refusal);

// A refusal of making or joining a competition.
wxString contestSetupText(const session::Refusal& refusal);

// One line of a merge's report, naming the file: merged N attempts, already merged, or refused
// with the reason and what to do.
wxString mergeOutcomeText(const compete::MergeOutcome& outcome);
// The reason alone of a refused package, naming `file`.
wxString packageRefusalText(const session::Refusal& refusal, const wxString& file);

// Why the package could not be exported (no-such-competition, a key problem, package-write-failed).
wxString packageExportText(const session::Refusal& refusal);
wxString keyProblemText(const admin::KeyProblem& problem);
// Why a standings file could not be written.
wxString standingsExportText(const report::ExportError& error);

wxString seatPaperText(compete::SeatPaper mode);
// "12:34" (minutes and seconds), or "1:02:03" from an hour on.
wxString durationMsText(std::int64_t millis);
// A file's name without its folder, as messages name it.
wxString fileNameText(const std::filesystem::path& file);

}  // namespace tqm::gui
