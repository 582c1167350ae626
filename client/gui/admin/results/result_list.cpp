#include "admin/results/result_list.h"

#include <wx/intl.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

using results::ResultColumn;

namespace {

// The list's columns are the ResultColumn values in order.
constexpr int kColumnCount = static_cast<int>(ResultColumn::State) + 1;

}  // namespace

ResultList::ResultList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    const int widths[kColumnCount] = {72, 72, 80, 96, 48, 56, 64, 72, 128, 72};
    for (int column = 0; column < kColumnCount; ++column) {
        const bool number = column == static_cast<int>(ResultColumn::Attempt) ||
                            column == static_cast<int>(ResultColumn::Score);
        AppendColumn(wxString(), number ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                     FromDIP(widths[column]));
    }
    updateColumnLabels();
    Bind(wxEVT_LIST_COL_CLICK, &ResultList::onColumnClick, this);
}

void ResultList::updateColumnLabels() {
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    const wxString labels[kColumnCount] = {
        _("Employee no."), _("Name"),    _("Unit"),      _("Job position"), _("Attempt"),
        _("Score"),        _("Outcome"), _("Time used"), _("Submitted at"), _("State")};
    for (int column = 0; column < kColumnCount; ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        item.SetText(labels[column]);
        SetColumn(column, item);
        // A heading must never be cut: the column is at least as wide as its label.
        const int least = GetTextExtent(labels[column]).x + FromDIP(28);
        if (GetColumnWidth(column) < least) SetColumnWidth(column, least);
    }
}

void ResultList::setRows(const std::vector<results::ResultRow>* rows,
                         std::vector<std::size_t> order) {
    rows_ = rows;
    order_ = std::move(order);
    applySort();
}

void ResultList::sortBy(ResultColumn column) {
    sortBy(column, column == sortColumn_ ? !ascending_ : true);
}

void ResultList::sortBy(ResultColumn column, bool ascending) {
    sortColumn_ = column;
    ascending_ = ascending;
    applySort();
}

void ResultList::applySort() {
    if (rows_) results::sortRows(*rows_, order_, sortColumn_, ascending_);
    ShowSortIndicator(static_cast<int>(sortColumn_), ascending_);
    SetItemCount(static_cast<long>(order_.size()));
    Refresh();
}

const results::ResultRow& ResultList::rowAt(long item) const {
    return rows_->at(order_.at(static_cast<std::size_t>(item)));
}

void ResultList::onColumnClick(wxListEvent& event) {
    const int column = event.GetColumn();
    if (column >= 0 && column < kColumnCount) sortBy(static_cast<ResultColumn>(column));
}

wxString ResultList::OnGetItemText(long item, long column) const {
    if (!rows_ || item < 0 || static_cast<std::size_t>(item) >= order_.size()) return {};
    const results::ResultRow& row = rowAt(item);
    const bool open = row.state == results::ResultState::InProgress;
    switch (static_cast<ResultColumn>(column)) {
        case ResultColumn::EmployeeNo:
            return fromUtf8(row.employeeNo);
        case ResultColumn::Name:
            return fromUtf8(row.name);
        case ResultColumn::Unit:
            return fromUtf8(row.unit);
        case ResultColumn::Positions:
            return fromUtf8(row.positions);
        case ResultColumn::Attempt:
            return wxString::Format("%d", row.attemptNo);
        case ResultColumn::Score:
            return open ? wxString() : pointsLabel(row.earned);
        case ResultColumn::Verdict:
            return outcomeLabel(row);
        case ResultColumn::TimeUsed:
            return row.timeUsedMs ? clockDurationText(*row.timeUsedMs) : wxString();
        case ResultColumn::SubmittedAt:
            return row.submittedAt ? localTimeText(*row.submittedAt) : wxString();
        case ResultColumn::State:
            return stateLabel(row.state);
    }
    return {};
}

}  // namespace tqm::gui
