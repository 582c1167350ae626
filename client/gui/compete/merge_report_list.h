// What the last merge did, one row per package file: the file, merged / already merged / refused,
// and the sentence saying how many attempts came in or why the file was refused and what to do.
// Refused rows are drawn in the error colour.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "compete/package_merge.h"

namespace tqm::gui {

class MergeReportList : public wxListCtrl {
  public:
    explicit MergeReportList(wxWindow* parent);

    void setOutcomes(std::vector<compete::MergeOutcome> outcomes);
    const std::vector<compete::MergeOutcome>& outcomes() const { return outcomes_; }
    // The sentence of row `row` (mergeOutcomeText).
    wxString lineText(std::size_t row) const { return OnGetItemText(long(row), 2); }
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    std::vector<compete::MergeOutcome> outcomes_;
    mutable wxItemAttr refusedAttr_;
};

}  // namespace tqm::gui
