#include "cert/import/cert_problem_list.h"

#include <filesystem>

#include <wx/intl.h>

#include "cert/import/cert_problem_text.h"
#include "report/csv_export.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
enum Column { kFile, kRow, kColumn, kSeverity, kText, kColumnCount };
}

CertProblemList::CertProblemList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    const std::vector<wxString> titles = headers();
    const int widths[] = {150, 45, 100, 70, 720};
    for (int column = 0; column < kColumnCount; ++column)
        AppendColumn(titles[column], column == kRow ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                     FromDIP(widths[column]));
}

std::vector<wxString> CertProblemList::headers() const {
    return {_("File"), _("Row number"), _("Column"), _("Kind"), _("Problem")};
}

void CertProblemList::setProblems(std::vector<CertProblem> problems) {
    problems_ = std::move(problems);
    SetItemCount(static_cast<long>(problems_.size()));
    Refresh();
}

wxString CertProblemList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return {};
    const CertProblem& problem = problems_[static_cast<std::size_t>(item)];
    switch (column) {
        case kFile:
            return wxString::FromUTF8(
                std::filesystem::path(problem.diagnostic.file).filename().string());
        case kRow:
            return problem.detail.row == 0 ? wxString()
                                           : wxString::Format("%zu", problem.detail.row);
        case kColumn:
            return wxString::FromUTF8(problem.detail.column);
        case kSeverity:
            return problem.diagnostic.severity == Severity::Error ? _("Error") : _("Warning");
        case kText:
            return certProblemText(problem.diagnostic, problem.detail);
        default:
            return {};
    }
}

wxItemAttr* CertProblemList::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= problems_.size()) return nullptr;
    if (problems_[static_cast<std::size_t>(item)].diagnostic.severity != Severity::Error)
        return nullptr;
    // Resolved on every call so a theme change is picked up without bookkeeping.
    errorAttr_.SetTextColour(colour(Colour::Error));
    return &errorAttr_;
}

std::vector<std::vector<wxString>> CertProblemList::table() const {
    std::vector<std::vector<wxString>> rows{headers()};
    for (long row = 0; row < static_cast<long>(problems_.size()); ++row) {
        std::vector<wxString> cells;
        for (int column = 0; column < kColumnCount; ++column)
            cells.push_back(OnGetItemText(row, column));
        rows.push_back(std::move(cells));
    }
    return rows;
}

wxString CertProblemList::asTabSeparated() const {
    wxString text;
    for (const std::vector<wxString>& cells : table()) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) text += '\t';
            text += cells[i];
        }
        text += '\n';
    }
    return text;
}

std::string CertProblemList::asCsv() const {
    std::string csv = "\xEF\xBB\xBF";
    for (const std::vector<wxString>& cells : table()) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) csv += ',';
            csv += report::csvField(cells[i].utf8_string());
        }
        csv += "\r\n";
    }
    return csv;
}

}  // namespace tqm::gui
