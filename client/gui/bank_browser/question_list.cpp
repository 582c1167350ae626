#include "bank_browser/question_list.h"

#include <algorithm>

#include <wx/intl.h>

#include "bank_browser/question_labels.h"

namespace tqm::gui {

namespace {
enum Column { kId, kType, kDifficulty, kPoints, kStem };
constexpr std::size_t kStemExcerptChars = 80;
constexpr int kColumnPadding = 24;
}  // namespace

QuestionList::QuestionList(wxWindow* parent, const BankLibrary& library)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
      library_(library) {
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(120));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(96));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(96));
    AppendColumn(wxString(), wxLIST_FORMAT_RIGHT, FromDIP(56));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(560));
    updateColumnLabels();
}

void QuestionList::updateColumnLabels() {
    const wxString labels[] = {_("ID"), _("Type"), _("Difficulty"), _("Points"), _("Question")};
    for (int column = 0; column < GetColumnCount(); ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        item.SetText(labels[column]);
        SetColumn(column, item);
    }
    // The type names differ a lot in length between languages: the column fits the longest.
    int typeWidth = GetTextExtent(labels[kType]).x;
    for (bank::QuestionType type : bank::kAllQuestionTypes)
        typeWidth = std::max(typeWidth, GetTextExtent(typeLabel(type)).x);
    SetColumnWidth(kType, typeWidth + FromDIP(kColumnPadding));
    const int starsWidth = GetTextExtent(difficultyStars(5)).x;
    SetColumnWidth(kDifficulty, std::max(starsWidth, GetTextExtent(labels[kDifficulty]).x) +
                                    FromDIP(kColumnPadding));
}

void QuestionList::setRows(std::vector<QuestionRef> rows) {
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

const bank::Question& QuestionList::questionAt(long row) const {
    const QuestionRef& ref = rows_.at(static_cast<std::size_t>(row));
    return library_.banks().at(ref.bank).bank().questions.at(ref.question);
}

wxString QuestionList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return {};
    const bank::Question& question = questionAt(item);
    switch (column) {
        case kId:
            return fromUtf8(question.id);
        case kType:
            return typeLabel(question.type);
        case kDifficulty:
            return difficultyStars(question.difficulty);
        case kPoints:
            return pointsText(question.points);
        case kStem:
            return excerpt(question.stem, kStemExcerptChars);
        default:
            return {};
    }
}

}  // namespace tqm::gui
