// The blueprint editor's list of problems: where (file:line:column or the rule) and what, in
// plain words; errors in red. Virtual.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "admin/papers/blueprint_document.h"

namespace tqm::gui {

struct PaperProblem {
    wxString where;
    wxString text;
    bool error = false;
};

class BlueprintProblems : public wxListCtrl {
  public:
    explicit BlueprintProblems(wxWindow* parent);

    // The document's problems, then each short or overlapping rule.
    void showDocument(const BlueprintDocument& document);
    // Problems that stopped a save or an exam from being made.
    void showDiagnostics(const std::vector<Diagnostic>& problems);
    void setProblems(std::vector<PaperProblem> problems);
    const std::vector<PaperProblem>& problems() const { return problems_; }

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    std::vector<PaperProblem> problems_;
    mutable wxItemAttr errorAttr_;
};

}  // namespace tqm::gui
