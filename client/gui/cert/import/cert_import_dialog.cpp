#include "cert/import/cert_import_dialog.h"

#include <wx/clipbrd.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "report/csv_export.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {
// The width long texts of the dialog are wrapped to, in device-independent pixels.
constexpr int kTextWidth = 940;
}  // namespace

CertImportDialog::CertImportDialog(wxWindow* parent, LearnerWorkspace& workspace)
    : wxDialog(parent, wxID_ANY, _("Import certificate files"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      workspace_(workspace),
      pulse_(this) {
    book_ = new wxSimplebook(this);
    book_->AddPage(buildChoicePage(), wxString());
    book_->AddPage(buildResultPage(), wxString());

    progress_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxSize(FromDIP(160), -1));
    progressText_ = new wxStaticText(this, wxID_ANY, wxString());
    more_ = new wxButton(this, wxID_ANY, _("Import more files"));
    import_ = new wxButton(this, wxID_ANY, _("Import"));
    close_ = new wxButton(this, wxID_CANCEL, _("Close"));
    import_->SetDefault();

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(progress_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(progressText_, wxSizerFlags(1).CentreVertical());
    buttons->Add(more_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    buttons->Add(import_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    buttons->Add(close_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(12);
    sizer->Add(book_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);
    progress_->Hide();
    more_->Hide();
    SetSize(FromDIP(wxSize(1000, 680)));
    SetMinSize(FromDIP(wxSize(760, 560)));
    CentreOnParent();

    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startImport(); });
    more_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showChoices(); });
    copy_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copyProblems(); });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseProblemsFile(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { progress_->Pulse(); });
    // A running import finishes first: its transaction is short, and leaving would lose its
    // report.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (importing() && event.CanVeto())
            event.Veto();
        else
            event.Skip();
    });
    close_->Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        if (!importing()) event.Skip();
    });
}

wxWindow* CertImportDialog::buildChoicePage() {
    auto* page = new wxPanel(book_);
    auto* intro = new wxStaticText(page, wxID_ANY, wxString());
    setWrappedLabel(*intro,
                    _("Choose a file for each kind you want to import and leave the others "
                      "empty. The files are imported in the order of their numbers, because "
                      "requirements and certificates refer to types and positions. Save the "
                      "files from Excel as \"CSV UTF-8\"; a column marked * must be there."),
                    FromDIP(kTextWidth));
    auto* grid = new wxFlexGridSizer(2, FromDIP(10), FromDIP(10));
    grid->AddGrowableCol(0, 1);
    grid->AddGrowableCol(1, 1);
    for (std::size_t i = 0; i < kCertFileKinds.size(); ++i) {
        rows_[i] = new CertFileRow(page, kCertFileKinds[i], static_cast<int>(i + 1));
        grid->Add(rows_[i], wxSizerFlags(1).Expand());
    }
    auto* rules = new wxStaticText(page, wxID_ANY, wxString());
    rules->SetForegroundColour(colour(Colour::MutedText));
    setWrappedLabel(*rules,
                    _("Records already in the database are found by their key (the type's code, "
                      "the position's name, the certificate number) and updated; a record that "
                      "matches the file exactly counts as unchanged, so importing a file twice "
                      "changes nothing. A row with an error is listed with its row and column "
                      "and skipped; the other rows are imported."),
                    FromDIP(kTextWidth));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Border(wxBOTTOM, FromDIP(10)));
    sizer->Add(grid, wxSizerFlags().Expand());
    sizer->Add(rules, wxSizerFlags().Border(wxTOP, FromDIP(12)));
    page->SetSizer(sizer);
    return page;
}

wxWindow* CertImportDialog::buildResultPage() {
    auto* page = new wxPanel(book_);
    headline_ = new wxStaticText(page, wxID_ANY, wxString());
    headline_->SetFont(GetFont().Bold());
    summary_ = new CertImportSummary(page);
    auto* problemsTitle = new wxStaticText(page, wxID_ANY, _("Problems"));
    problemsTitle->SetFont(GetFont().Bold());
    copy_ = new wxButton(page, wxID_ANY, _("Copy"));
    save_ = new wxButton(page, wxID_ANY, _("Save as CSV..."));
    problems_ = new CertProblemList(page);
    // The whole text of the selected problem, which a narrow column may cut off.
    problemText_ = new wxStaticText(page, wxID_ANY, wxString());
    problems_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showSelectedProblem(); });

    auto* problemsHeader = new wxBoxSizer(wxHORIZONTAL);
    problemsHeader->Add(problemsTitle, wxSizerFlags(1).CentreVertical());
    problemsHeader->Add(copy_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    problemsHeader->Add(save_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(headline_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
    summary_->SetMinSize(FromDIP(wxSize(-1, 110)));
    sizer->Add(summary_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(12)));
    sizer->Add(problemsHeader, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    sizer->Add(problems_, wxSizerFlags(1).Expand());
    sizer->Add(problemText_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    page->SetSizer(sizer);
    return page;
}

bool CertImportDialog::startImport() {
    if (importing()) return false;
    std::vector<CertFileChoice> choices;
    for (CertFileRow* row : rows_)
        if (const auto file = row->file()) choices.push_back({row->kind(), *file});
    if (choices.empty()) {
        wxMessageBox(_("Choose at least one file to import."), GetTitle(),
                     wxOK | wxICON_INFORMATION, this);
        return false;
    }
    store::Database* database = workspace_.database();
    if (!database) {
        wxMessageBox(_("No database is open, so nothing can be imported."), GetTitle(),
                     wxOK | wxICON_WARNING, this);
        return false;
    }
    running_ = inImportOrder(std::move(choices));
    setImporting(true);
    // A database in memory is seen by no second connection: its import runs here.
    if (workspace_.databaseFile() == store::kInMemory) {
        wxBusyCursor busy;
        syncImporting_ = true;
        std::vector<CertFileOutcome> outcomes;
        for (std::size_t i = 0; i < running_.size(); ++i) {
            stepStarted(i);
            outcomes.push_back(importCertFile(running_[i], *database));
        }
        syncImporting_ = false;
        finished(std::move(outcomes));
        return true;
    }
    task_.start(
        running_, workspace_.databaseFile(),
        [this](std::function<void()> call) { CallAfter(call); },
        [this](std::size_t index) { stepStarted(index); },
        [this](std::vector<CertFileOutcome> outcomes) { finished(std::move(outcomes)); });
    return true;
}

void CertImportDialog::setImporting(bool importing) {
    import_->Enable(!importing);
    close_->Enable(!importing);
    book_->GetPage(0)->Enable(!importing);
    progress_->Show(importing);
    if (importing)
        pulse_.Start(100);
    else
        pulse_.Stop();
    if (!importing) progressText_->SetLabel(wxString());
    Layout();
}

void CertImportDialog::stepStarted(std::size_t index) {
    if (index >= running_.size()) return;
    const CertFileChoice& choice = running_[index];
    // TRANSLATORS: %s is a file name, then the file's place among the files being imported.
    progressText_->SetLabel(wxString::Format(_("Importing %s (%zu of %zu)..."),
                                             wxString::FromUTF8(choice.file.filename().string()),
                                             index + 1, running_.size()));
}

void CertImportDialog::finished(std::vector<CertFileOutcome> outcomes) {
    setImporting(false);
    outcomes_ = std::move(outcomes);
    changedDatabase_ = changedDatabase_ || anyRowWritten(outcomes_);
    headlineText_ = importHeadline(outcomes_);
    setWrappedLabel(*headline_, headlineText_, FromDIP(kTextWidth));
    summary_->setOutcomes(outcomes_);
    std::vector<CertProblem> problems = problemsOf(outcomes_);
    const bool anyProblem = !problems.empty();
    problems_->setProblems(std::move(problems));
    if (anyProblem)
        problems_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    showSelectedProblem();
    copy_->Enable(anyProblem);
    save_->Enable(anyProblem);
    book_->SetSelection(1);
    import_->Hide();
    more_->Show();
    Layout();
}

void CertImportDialog::showSelectedProblem() {
    const long selected = problems_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const wxString text = selected < 0 ? wxString() : problems_->cellText(selected, 4);
    setWrappedLabel(*problemText_, text, FromDIP(kTextWidth));
    if (auto* page = problemText_->GetParent()) page->Layout();
}

void CertImportDialog::showChoices() {
    book_->SetSelection(0);
    more_->Hide();
    import_->Show();
    Layout();
}

void CertImportDialog::copyProblems() {
    wxClipboardLocker locker;
    if (!locker) return;
    wxTheClipboard->SetData(new wxTextDataObject(problems_->asTabSeparated()));
}

void CertImportDialog::chooseProblemsFile() {
    wxFileDialog dialog(this, _("Save the problems"), wxString(), _("import problems.csv"),
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) saveProblems(fs::path(dialog.GetPath().utf8_string()));
}

bool CertImportDialog::saveProblems(const fs::path& file) {
    if (report::writeCsvFile(file, problems_->asCsv())) {
        wxMessageBox(wxString::Format(_("The problems could not be saved to %s. Choose another "
                                        "folder and try again."),
                                      wxString::FromUTF8(file.string())),
                     _("Save the problems"), wxOK | wxICON_WARNING, this);
        return false;
    }
    return true;
}

}  // namespace tqm::gui
