#include "compete/merge_report_list.h"

#include <wx/intl.h>

#include "compete/contest_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

MergeReportList::MergeReportList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("File"), 180);
    appendFittedColumn(*this, _("Outcome"), 120);
    appendFittedColumn(*this, _("Details"), 820);
}

void MergeReportList::setOutcomes(std::vector<compete::MergeOutcome> outcomes) {
    outcomes_ = std::move(outcomes);
    SetItemCount(long(outcomes_.size()));
    Refresh();
}

wxString MergeReportList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= outcomes_.size()) return {};
    const compete::MergeOutcome& outcome = outcomes_[std::size_t(item)];
    switch (column) {
        case 0:
            return fileNameText(std::filesystem::path(outcome.file));
        case 1:
            switch (outcome.status) {
                case compete::MergeStatus::Merged:
                    return _("Merged");
                case compete::MergeStatus::AlreadyMerged:
                    return _("Already merged");
                case compete::MergeStatus::Refused:
                    return _("Refused");
            }
            return {};
        case 2:
            return mergeOutcomeText(outcome);
        default:
            return {};
    }
}

wxItemAttr* MergeReportList::OnGetItemAttr(long item) const {
    if (item < 0 || std::size_t(item) >= outcomes_.size()) return nullptr;
    if (outcomes_[std::size_t(item)].status != compete::MergeStatus::Refused) return nullptr;
    refusedAttr_.SetTextColour(colour(Colour::Error));
    return &refusedAttr_;
}

}  // namespace tqm::gui
