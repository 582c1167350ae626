// What an import of certificate files did, file by file: its kind, the rows added, updated, found
// unchanged and skipped (FileImportResult's counts), and a headline over all of them. The problems
// of every file, including a file that could not be read, go into one list (cert_problem_list.h).
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "cert/import/cert_import_task.h"
#include "cert/import/cert_problem_list.h"

namespace tqm::gui {

class CertImportSummary : public wxListCtrl {
  public:
    explicit CertImportSummary(wxWindow* parent);

    void setOutcomes(const std::vector<CertFileOutcome>& outcomes);
    // The text of a cell as shown.
    wxString cellText(long row, long column) const { return GetItemText(row, column); }
};

// One line over all files: how many rows went in, how many were skipped and what to do.
wxString importHeadline(const std::vector<CertFileOutcome>& outcomes);
// Every file's problems, in import order; a file that was not imported at all gets one problem
// saying why.
std::vector<CertProblem> problemsOf(const std::vector<CertFileOutcome>& outcomes);
// True when any row of any file was written (the certificate screens must read the book again).
bool anyRowWritten(const std::vector<CertFileOutcome>& outcomes);

}  // namespace tqm::gui
