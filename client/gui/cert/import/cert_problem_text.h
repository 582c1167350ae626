// A problem of a certificate file in the user's language. The core reports each problem with an
// English message, a code and a detail (row, column, the cell's value); this words it from the
// code and the detail, with what to do next.
#pragma once

#include <wx/string.h>

#include "base/diagnostic.h"
#include "cert/cert_csv.h"

namespace tqm::gui {

// What is wrong and what to do, as one or two sentences; the core's English message for a code
// this does not know.
wxString certProblemText(const Diagnostic& problem, const cert::ImportProblemDetail& detail);

}  // namespace tqm::gui
