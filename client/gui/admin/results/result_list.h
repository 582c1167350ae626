// The results table: a virtual list over the rows the filter keeps, sorted by the column last
// clicked (clicking it again reverses the order), with the sort arrow in that column's header.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "results/result_query.h"
#include "results/result_table.h"

namespace tqm::gui {

class ResultList : public wxListCtrl {
  public:
    explicit ResultList(wxWindow* parent);

    // Shows `order` (indexes into `rows`, which must outlive the list's use of them) sorted by
    // the current column.
    void setRows(const std::vector<results::ResultRow>* rows, std::vector<std::size_t> order);
    // Sorts by `column`: ascending when it is a new column, reversed when it is the current one.
    void sortBy(results::ResultColumn column);
    void sortBy(results::ResultColumn column, bool ascending);

    results::ResultColumn sortColumn() const { return sortColumn_; }
    bool sortAscending() const { return ascending_; }
    // The shown rows in their shown order, as indexes into the rows.
    const std::vector<std::size_t>& order() const { return order_; }
    const results::ResultRow& rowAt(long item) const;
    void updateColumnLabels();

  private:
    wxString OnGetItemText(long item, long column) const override;
    void onColumnClick(wxListEvent& event);
    void applySort();

    const std::vector<results::ResultRow>* rows_ = nullptr;
    std::vector<std::size_t> order_;
    results::ResultColumn sortColumn_ = results::ResultColumn::EmployeeNo;
    bool ascending_ = true;
};

}  // namespace tqm::gui
