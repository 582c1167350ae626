// The browser's list of questions: a virtual list, so it stays fast with 100,000 rows.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "bank_browser/bank_library.h"
#include "bank_browser/question_filter.h"

namespace tqm::gui {

class QuestionList : public wxListCtrl {
  public:
    QuestionList(wxWindow* parent, const BankLibrary& library);

    void setRows(std::vector<QuestionRef> rows);
    const std::vector<QuestionRef>& rows() const { return rows_; }
    const bank::Question& questionAt(long row) const;
    // Sets the column headings in the current language.
    void updateColumnLabels();

  private:
    wxString OnGetItemText(long item, long column) const override;

    const BankLibrary& library_;
    std::vector<QuestionRef> rows_;
};

}  // namespace tqm::gui
