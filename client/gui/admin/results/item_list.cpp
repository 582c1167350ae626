#include "admin/results/item_list.h"

#include <numeric>

#include <wx/intl.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

using results::ItemColumn;

namespace {
constexpr int kColumnCount = static_cast<int>(ItemColumn::Flags) + 1;
}  // namespace

ItemList::ItemList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    const int widths[kColumnCount] = {44, 120, 64, 120, 48, 64, 64, 72, 260};
    for (int column = 0; column < kColumnCount; ++column) {
        const bool text = column == static_cast<int>(ItemColumn::QuestionId) ||
                          column == static_cast<int>(ItemColumn::Type) ||
                          column == static_cast<int>(ItemColumn::Category) ||
                          column == static_cast<int>(ItemColumn::Flags);
        AppendColumn(wxString(), text ? wxLIST_FORMAT_LEFT : wxLIST_FORMAT_RIGHT,
                     FromDIP(widths[column]));
    }
    updateColumnLabels();
    Bind(wxEVT_LIST_COL_CLICK, &ItemList::onColumnClick, this);
}

void ItemList::updateColumnLabels() {
    const wxString labels[kColumnCount] = {
        _("Question no."), _("Question ID"),      _("Type"),           _("Category"), _("People"),
        _("Difficulty P"), _("Discrimination D"), _("Point-biserial"), _("Flag")};
    for (int column = 0; column < kColumnCount; ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        item.SetText(labels[column]);
        SetColumn(column, item);
        const int least = GetTextExtent(labels[column]).x + FromDIP(28);
        if (GetColumnWidth(column) < least) SetColumnWidth(column, least);
    }
}

void ItemList::setRows(std::vector<results::ItemRow> rows) {
    rows_ = std::move(rows);
    order_.resize(rows_.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    applySort();
}

void ItemList::sortBy(ItemColumn column) {
    sortBy(column, column == sortColumn_ ? !ascending_ : true);
}

void ItemList::sortBy(ItemColumn column, bool ascending) {
    sortColumn_ = column;
    ascending_ = ascending;
    applySort();
}

void ItemList::applySort() {
    results::sortItems(rows_, order_, sortColumn_, ascending_);
    ShowSortIndicator(static_cast<int>(sortColumn_), ascending_);
    SetItemCount(static_cast<long>(order_.size()));
    Refresh();
}

const results::ItemRow& ItemList::rowAt(long item) const {
    return rows_.at(order_.at(static_cast<std::size_t>(item)));
}

void ItemList::onColumnClick(wxListEvent& event) {
    const int column = event.GetColumn();
    if (column >= 0 && column < kColumnCount) sortBy(static_cast<ItemColumn>(column));
}

wxString ItemList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= order_.size()) return {};
    const results::ItemRow& row = rowAt(item);
    const exam::ItemStatistics& s = row.statistics;
    switch (static_cast<ItemColumn>(column)) {
        case ItemColumn::Number:
            return wxString::Format("%zu", row.number);
        case ItemColumn::QuestionId:
            return fromUtf8(row.question.questionId);
        case ItemColumn::Type:
            return typeLabel(row.question.type);
        case ItemColumn::Category:
            return fromUtf8(row.question.category);
        case ItemColumn::People:
            return wxString::Format("%zu", row.people);
        case ItemColumn::Facility:
            return ratioText(s.facility);
        case ItemColumn::Discrimination:
            return ratioText(s.discrimination);
        case ItemColumn::PointBiserial:
            return ratioText(s.pointBiserial);
        case ItemColumn::Flags:
            return flagReasons(s.flags);
    }
    return {};
}

wxItemAttr* ItemList::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= order_.size()) return nullptr;
    if (!rowAt(item).flagged()) return nullptr;
    flaggedAttr_.SetTextColour(colour(Colour::Error));
    return &flaggedAttr_;
}

}  // namespace tqm::gui
