// The problems of the last roster import: row, column, error or warning, and what to do. Virtual,
// so that a roster of thousands of bad rows lists at once.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "cert/roster_import.h"

namespace tqm::gui {

class RosterProblemList : public wxListCtrl {
  public:
    explicit RosterProblemList(wxWindow* parent);

    void setProblems(std::vector<Diagnostic> problems,
                     std::vector<cert::RosterProblemDetail> details);
    std::size_t problemCount() const { return problems_.size(); }
    // The text of a cell as shown.
    wxString cellText(long row, long column) const { return OnGetItemText(row, column); }

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    std::vector<Diagnostic> problems_;
    std::vector<cert::RosterProblemDetail> details_;
    mutable wxItemAttr errorAttr_;
};

}  // namespace tqm::gui
