#include "admin/papers/essay_queue.h"

#include <wx/intl.h>

#include "admin/papers/exam_list.h"
#include "bank_browser/question_labels.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

EssayQueue::EssayQueue(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    AppendColumn(_("Employee no."), wxLIST_FORMAT_LEFT, FromDIP(80));
    AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(70));
    AppendColumn(_("Question no."), wxLIST_FORMAT_LEFT, FromDIP(50));
    AppendColumn(_("Submitted at"), wxLIST_FORMAT_LEFT, FromDIP(140));
}

void EssayQueue::setRows(std::vector<QueueRow> rows) {
    rows_ = std::move(rows);
    SetItemCount(long(rows_.size()));
    Refresh();
}

void EssayQueue::selectRow(std::size_t row) {
    if (row >= rows_.size()) return;
    SetItemState(long(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    EnsureVisible(long(row));
}

wxString EssayQueue::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= rows_.size()) return {};
    const QueueRow& row = rows_[std::size_t(item)];
    switch (column) {
        case 0:
            return fromUtf8(row.person.employeeNo);
        case 1:
            return fromUtf8(row.person.name);
        case 2:
            return wxString::Format("%zu", row.essay.seq);
        case 3:
            return localTimeText(row.essay.submittedAt);
        default:
            return {};
    }
}

}  // namespace tqm::gui
