#include "bank_browser/transfer_report_dialog.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "bank_browser/question_labels.h"
#include "bank_browser/source_line_dialog.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

TransferReportDialog::TransferReportDialog(wxWindow* parent, const wxString& title,
                                           const wxString& summary,
                                           std::vector<Diagnostic> problems, bool succeeded)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      summaryText_(summary) {
    SetName("TransferReportDialog");
    const int border = FromDIP(16);
    auto* heading = new wxStaticText(this, wxID_ANY, title);
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    if (!succeeded) heading->SetForegroundColour(colour(Colour::Error));
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*summary_, summary, FromDIP(900));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(summary_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));

    const bool anyProblem = !problems.empty();
    problems_ = new ProblemList(this);
    // Tall enough for the problems there are (up to a dozen rows, then it scrolls).
    const int rows = static_cast<int>(std::min<std::size_t>(problems.size(), 12));
    problems_->SetMinSize(FromDIP(wxSize(940, 40 + 26 * std::max(rows, 3))));
    fitColumns(problems);
    problems_->setProblems(std::move(problems));
    if (anyProblem) {
        auto* hint = new wxStaticText(this, wxID_ANY, wxString());
        setWrappedLabel(*hint,
                        _("Double-click a problem to see its line in the file. Questions with "
                          "errors were not imported; warnings say what was changed to fit."),
                        FromDIP(900));
        hint->SetForegroundColour(colour(Colour::MutedText));
        sizer->Add(hint, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
        sizer->Add(problems_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    } else {
        problems_->Hide();
    }
    if (auto* buttons = CreateStdDialogButtonSizer(wxCLOSE))
        sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* close = FindWindow(wxID_CLOSE)) close->SetLabel(_("Close"));
    SetSizerAndFit(sizer);
    CentreOnParent();

    problems_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                    [this](wxListEvent& event) { showSource(event.GetIndex()); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
}

void TransferReportDialog::fitColumns(const std::vector<Diagnostic>& problems) {
    // The location must show its line and column, and the kind its whole label; the details
    // take the rest.
    int location = FromDIP(120);
    int kind = FromDIP(120);
    for (const Diagnostic& problem : problems) {
        location = std::max(location, problems_->GetTextExtent(problemLocation(problem)).x);
        kind = std::max(kind, problems_->GetTextExtent(problemLabel(problem.code)).x);
    }
    const int padding = FromDIP(20);
    problems_->SetColumnWidth(0, location + padding);
    problems_->SetColumnWidth(2, kind + padding);
    const int rest = FromDIP(940) - location - kind - 2 * padding - problems_->GetColumnWidth(1);
    problems_->SetColumnWidth(3, std::max(FromDIP(300), rest - FromDIP(24)));
}

SourceLineDialog* TransferReportDialog::showSource(long row) {
    const auto& problems = problems_->problems();
    if (row < 0 || static_cast<std::size_t>(row) >= problems.size()) return nullptr;
    auto* viewer = new SourceLineDialog(this, problems[static_cast<std::size_t>(row)]);
    viewer->Show();
    return viewer;
}

}  // namespace tqm::gui
