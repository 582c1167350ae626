#include "compete/contest_list.h"

#include <wx/intl.h>

#include "compete/contest_texts.h"
#include "widgets/list_columns.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

ContestList::ContestList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Competition"), 320);
    appendFittedColumn(*this, _("Opens"), 130);
    appendFittedColumn(*this, _("Closes"), 130);
    appendFittedColumn(*this, _("Time limit"), 70);
    appendFittedColumn(*this, _("Paper"), 90);
    appendFittedColumn(*this, _("Sat here"), 70);
    appendFittedColumn(*this, _("Merged"), 70);
}

void ContestList::setRows(std::vector<ContestRow> rows) {
    std::optional<std::string> keep;
    if (const ContestRow* row = selected()) keep = row->competition.id;
    rows_ = std::move(rows);
    SetItemCount(long(rows_.size()));
    std::optional<std::size_t> again;
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (keep && rows_[i].competition.id == *keep) again = i;
    if (!again && !rows_.empty()) again = rows_.size() - 1;  // the newest
    if (again) select(*again);
    Refresh();
}

const ContestRow* ContestList::selected() const {
    const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || std::size_t(item) >= rows_.size()) return nullptr;
    return &rows_[std::size_t(item)];
}

void ContestList::select(std::size_t row) {
    if (row >= rows_.size()) return;
    SetItemState(long(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    EnsureVisible(long(row));
}

wxString ContestList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= rows_.size()) return {};
    const ContestRow& row = rows_[std::size_t(item)];
    const compete::Competition& c = row.competition;
    switch (column) {
        case 0:
            return wxString::FromUTF8(c.name);
        case 1:
            return localTimeText(c.opensAt);
        case 2:
            return localTimeText(c.closesAt);
        case 3:
            return wxString::Format(_("%lld min"), static_cast<long long>(c.timeLimitMs / 60000));
        case 4:
            return seatPaperText(c.seatPaper);
        case 5:
            return wxString::Format("%zu", row.attemptsHere);
        case 6:
            return wxString::Format("%zu", row.merged);
        default:
            return {};
    }
}

}  // namespace tqm::gui
