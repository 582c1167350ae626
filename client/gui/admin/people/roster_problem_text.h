// A roster problem in the user's language. The core reports each problem with an English
// message, a code and a detail (row, column, 工号); this words it from the code and the detail.
#pragma once

#include <wx/string.h>

#include "base/diagnostic.h"
#include "cert/roster_import.h"

namespace tqm::gui {

// "3" (the row as a spreadsheet numbers it); empty for a problem with the whole file.
wxString rosterProblemRow(const cert::RosterProblemDetail& detail);
// The column's header as written in the file; empty when the problem is about no one column.
wxString rosterProblemColumn(const cert::RosterProblemDetail& detail);
// What is wrong and what to do, as one sentence; the core's English message for a code this
// does not know.
wxString rosterProblemText(const Diagnostic& problem, const cert::RosterProblemDetail& detail);

}  // namespace tqm::gui
