#include "practice/book_list.h"

#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "practice/feedback_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
enum Column { kQuestion, kCategory, kWrongCount, kNextReview };
}

BookList::BookList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    AppendColumn(_("Question"), wxLIST_FORMAT_LEFT, FromDIP(560));
    AppendColumn(_("Category"), wxLIST_FORMAT_LEFT, FromDIP(160));
    AppendColumn(_("Times wrong"), wxLIST_FORMAT_RIGHT, FromDIP(90));
    AppendColumn(_("Next review"), wxLIST_FORMAT_LEFT, FromDIP(120));
}

void BookList::setRows(std::vector<session::BookRow> rows) {
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

wxString BookList::OnGetItemText(long item, long column) const {
    const session::BookRow& row = rows_.at(static_cast<std::size_t>(item));
    switch (column) {
        case kQuestion:
            if (!row.found)
                return wxString::Format(_("Question %s of the bank %s, which is not loaded"),
                                        wxString::FromUTF8(row.entry.questionId),
                                        wxString::FromUTF8(row.entry.bankId));
            return excerpt(row.stem, 120);
        case kCategory:
            return wxString::FromUTF8(row.categoryTitle);
        case kWrongCount:
            return wxString::Format("%d", row.entry.wrongCount);
        case kNextReview:
            return row.due ? _("Due today") : dayText(row.entry.state.due);
        default:
            return {};
    }
}

wxItemAttr* BookList::OnGetItemAttr(long item) const {
    if (!rows_.at(static_cast<std::size_t>(item)).due) return nullptr;
    due_.SetTextColour(colour(Colour::Accent));
    return &due_;
}

}  // namespace tqm::gui
