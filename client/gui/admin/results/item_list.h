// The item analysis table: a virtual list of the exam's questions with difficulty (P),
// discrimination (D), point-biserial correlation and the reasons a question was flagged; flagged
// rows stand out in the warning colour. Sorted by the column last clicked, with the sort arrow.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "results/item_report.h"

namespace tqm::gui {

class ItemList : public wxListCtrl {
  public:
    explicit ItemList(wxWindow* parent);

    void setRows(std::vector<results::ItemRow> rows);
    void sortBy(results::ItemColumn column);
    void sortBy(results::ItemColumn column, bool ascending);

    const std::vector<results::ItemRow>& rows() const { return rows_; }
    const std::vector<std::size_t>& order() const { return order_; }
    const results::ItemRow& rowAt(long item) const;
    results::ItemColumn sortColumn() const { return sortColumn_; }
    bool sortAscending() const { return ascending_; }
    void updateColumnLabels();

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;
    void onColumnClick(wxListEvent& event);
    void applySort();

    std::vector<results::ItemRow> rows_;
    std::vector<std::size_t> order_;
    results::ItemColumn sortColumn_ = results::ItemColumn::Number;
    bool ascending_ = true;
    mutable wxItemAttr flaggedAttr_;
};

}  // namespace tqm::gui
