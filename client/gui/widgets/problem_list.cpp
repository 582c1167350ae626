#include "widgets/problem_list.h"

#include <filesystem>

#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
enum Column { kLocation, kSeverity, kKind, kMessage };
}

wxString problemLocation(const Diagnostic& problem) {
    wxString location = wxString::FromUTF8(std::filesystem::path(problem.file).filename().string());
    if (problem.line > 0) {
        location << ':' << problem.line;
        if (problem.column > 0) location << ':' << problem.column;
    }
    return location;
}

ProblemList::ProblemList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(190));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(70));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(170));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(620));
    updateColumnLabels();
}

void ProblemList::updateColumnLabels() {
    const wxString labels[] = {_("Location"), _("Severity"), _("Problem"), _("Details")};
    for (int column = 0; column < GetColumnCount(); ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        item.SetText(labels[column]);
        SetColumn(column, item);
    }
}

void ProblemList::setProblems(std::vector<Diagnostic> problems) {
    problems_ = std::move(problems);
    SetItemCount(static_cast<long>(problems_.size()));
    Refresh();
}

wxString ProblemList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return {};
    const Diagnostic& problem = problems_[static_cast<std::size_t>(item)];
    switch (column) {
        case kLocation:
            return problemLocation(problem);
        case kSeverity:
            return severityLabel(problem.severity);
        case kKind:
            return problemLabel(problem.code);
        case kMessage:
            return wxString::FromUTF8(problem.message);
        default:
            return {};
    }
}

wxItemAttr* ProblemList::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return nullptr;
    if (problems_[static_cast<std::size_t>(item)].severity != Severity::Error) return nullptr;
    // Resolved on every call so a theme change is picked up without bookkeeping.
    errorAttr_.SetTextColour(colour(Colour::Error));
    return &errorAttr_;
}

}  // namespace tqm::gui
