#include "admin/people/roster_problem_list.h"

#include <wx/intl.h>

#include "admin/people/roster_problem_text.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
enum Column { kRow, kColumn, kSeverity, kText };
}

RosterProblemList::RosterProblemList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    // TRANSLATORS: the row of the roster file, as a spreadsheet numbers it.
    AppendColumn(_("Row"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    AppendColumn(_("Column"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(70));
    AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(760));
}

void RosterProblemList::setProblems(std::vector<Diagnostic> problems,
                                    std::vector<cert::RosterProblemDetail> details) {
    problems_ = std::move(problems);
    details_ = std::move(details);
    details_.resize(problems_.size());
    SetItemCount(static_cast<long>(problems_.size()));
    Refresh();
}

wxString RosterProblemList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return {};
    const Diagnostic& problem = problems_[static_cast<std::size_t>(item)];
    const cert::RosterProblemDetail& detail = details_[static_cast<std::size_t>(item)];
    switch (column) {
        case kRow:
            return rosterProblemRow(detail);
        case kColumn:
            return rosterProblemColumn(detail);
        case kSeverity:
            return problem.severity == Severity::Error ? _("Error") : _("Warning");
        case kText:
            return rosterProblemText(problem, detail);
        default:
            return {};
    }
}

wxItemAttr* RosterProblemList::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return nullptr;
    if (problems_[static_cast<std::size_t>(item)].severity != Severity::Error) return nullptr;
    errorAttr_.SetTextColour(colour(Colour::Error));
    return &errorAttr_;
}

}  // namespace tqm::gui
