#include "cert/import/cert_import_summary.h"

#include <wx/intl.h>

namespace tqm::gui {

namespace {

enum Column { kKind, kFile, kAdded, kUpdated, kUnchanged, kSkipped, kColumnCount };

wxString count(std::size_t value) {
    return wxString::Format("%zu", value);
}

bool imported(const CertFileOutcome& outcome) {
    return outcome.failure.empty();
}

}  // namespace

CertImportSummary::CertImportSummary(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES) {
    AppendColumn(_("Kind of file"), wxLIST_FORMAT_LEFT, FromDIP(130));
    AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(260));
    AppendColumn(_("Added"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    AppendColumn(_("Updated"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    AppendColumn(_("Unchanged"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    AppendColumn(_("Skipped"), wxLIST_FORMAT_RIGHT, FromDIP(80));
}

void CertImportSummary::setOutcomes(const std::vector<CertFileOutcome>& outcomes) {
    DeleteAllItems();
    for (const CertFileOutcome& outcome : outcomes) {
        const long row = InsertItem(GetItemCount(), certFileKindTitle(outcome.kind));
        SetItem(row, kFile, wxString::FromUTF8(outcome.file.filename().string()));
        if (!imported(outcome)) {
            SetItem(row, kAdded, _("not imported"));
            continue;
        }
        const cert::FileImportCounts& counts = outcome.result.counts;
        SetItem(row, kAdded, count(counts.added));
        SetItem(row, kUpdated, count(counts.updated));
        SetItem(row, kUnchanged, count(counts.unchanged));
        SetItem(row, kSkipped, count(counts.rejected));
    }
}

wxString importHeadline(const std::vector<CertFileOutcome>& outcomes) {
    std::size_t written = 0;
    std::size_t skipped = 0;
    std::size_t failedFiles = 0;
    bool anyError = false;
    for (const CertFileOutcome& outcome : outcomes) {
        if (!imported(outcome)) {
            ++failedFiles;
            continue;
        }
        const cert::FileImportCounts& counts = outcome.result.counts;
        written += counts.added + counts.updated + counts.unchanged;
        skipped += counts.rejected;
        anyError = anyError || hasErrors(outcome.result.report.diagnostics);
    }
    if (failedFiles > 0)
        return wxString::Format(wxPLURAL("%zu file could not be imported; see the problems below.",
                                         "%zu files could not be imported; see the problems "
                                         "below.",
                                         failedFiles),
                                failedFiles);
    if (skipped > 0)
        return wxString::Format(
            wxPLURAL("%zu row was skipped because of errors; the other rows were imported. "
                     "Correct the rows listed below and import the file again.",
                     "%zu rows were skipped because of errors; the other rows were imported. "
                     "Correct the rows listed below and import the file again.",
                     skipped),
            skipped);
    if (anyError)
        return _(
            "Nothing was imported. Correct the problems listed below and import the file "
            "again.");
    if (written == 0) return _("The files hold no rows below their header, so nothing changed.");
    return _("Every row was imported.");
}

std::vector<CertProblem> problemsOf(const std::vector<CertFileOutcome>& outcomes) {
    std::vector<CertProblem> problems;
    for (const CertFileOutcome& outcome : outcomes) {
        const std::string file = outcome.file.filename().string();
        if (!imported(outcome)) {
            problems.push_back(
                {{file, 0, 0, Severity::Error,
                  outcome.fileUnreadable ? "file-unreadable" : "database-unavailable",
                  outcome.failure},
                 {}});
            continue;
        }
        const cert::ImportReport& report = outcome.result.report;
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i)
            problems.push_back({report.diagnostics[i], i < report.details.size()
                                                           ? report.details[i]
                                                           : cert::ImportProblemDetail{}});
    }
    return problems;
}

bool anyRowWritten(const std::vector<CertFileOutcome>& outcomes) {
    for (const CertFileOutcome& outcome : outcomes)
        if (outcome.result.counts.added + outcome.result.counts.updated > 0) return true;
    return false;
}

}  // namespace tqm::gui
