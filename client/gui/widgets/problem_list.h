// The Home screen's list of problems found while loading banks: location (file:line:col),
// severity, what kind of problem, and the reader's message. Virtual, so a bank with thousands of
// warnings stays quick.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "base/diagnostic.h"

namespace tqm::gui {

class ProblemList : public wxListCtrl {
  public:
    explicit ProblemList(wxWindow* parent);

    void setProblems(std::vector<Diagnostic> problems);
    const std::vector<Diagnostic>& problems() const { return problems_; }
    void updateColumnLabels();

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    std::vector<Diagnostic> problems_;
    mutable wxItemAttr errorAttr_;
};

// "file.xml:12:5" (file name only; line and column left out when unknown).
wxString problemLocation(const Diagnostic& problem);

}  // namespace tqm::gui
