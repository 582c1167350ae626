// The problems of the last certificate import, over all its files: file, row, column, error or
// warning, and what to do. Virtual, so that a file of thousands of bad rows lists at once. The
// list can be copied (tab-separated, for pasting into a spreadsheet) or saved as CSV.
#pragma once

#include <string>
#include <vector>

#include <wx/listctrl.h>

#include "base/diagnostic.h"
#include "cert/cert_csv.h"

namespace tqm::gui {

struct CertProblem {
    Diagnostic diagnostic;
    cert::ImportProblemDetail detail;
};

class CertProblemList : public wxListCtrl {
  public:
    explicit CertProblemList(wxWindow* parent);

    void setProblems(std::vector<CertProblem> problems);
    std::size_t problemCount() const { return problems_.size(); }
    // The text of a cell as shown.
    wxString cellText(long row, long column) const { return OnGetItemText(row, column); }
    // Every problem as shown, a header row first: tab-separated lines for the clipboard, or CSV
    // (UTF-8 with a byte order mark, CRLF) for a file Excel opens.
    wxString asTabSeparated() const;
    std::string asCsv() const;

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;
    std::vector<wxString> headers() const;
    // The header row, then every problem's cells as shown.
    std::vector<std::vector<wxString>> table() const;

    std::vector<CertProblem> problems_;
    mutable wxItemAttr errorAttr_;
};

}  // namespace tqm::gui
