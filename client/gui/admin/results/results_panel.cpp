#include "admin/results/results_panel.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "results/item_report.h"

namespace tqm::gui {

namespace {

constexpr int kOpenFolderId = wxID_HIGHEST + 1;

wxString choiceLabel(const results::ExamChoice& choice) {
    return wxString::Format(_("%s (%d people, %d submitted, %d in progress)"),
                            fromUtf8(choice.exam.settings.title), choice.people, choice.submitted,
                            choice.inProgress);
}

}  // namespace

ResultsPanel::ResultsPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace), pulse_(this), exporter_(*this) {
    auto* examLabel = new wxStaticText(this, wxID_ANY, _("Exam:"));
    exams_ = new wxChoice(this, wxID_ANY);
    refresh_ = new wxButton(this, wxID_ANY, _("Refresh"));
    exportCsv_ = new wxButton(this, wxID_ANY, _("Export CSV..."));
    exportXlsx_ = new wxButton(this, wxID_ANY, _("Export Excel..."));
    infoBar_ = new wxInfoBar(this);
    pages_ = new wxNotebook(this, wxID_ANY);
    table_ = new ResultsTablePage(pages_);
    items_ = new ItemAnalysisPage(pages_);
    pages_->AddPage(table_, _("Results"));
    pages_->AddPage(items_, _("Item analysis"));

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(examLabel, wxSizerFlags().CenterVertical());
    bar->AddSpacer(FromDIP(8));
    bar->Add(exams_, wxSizerFlags(1).CenterVertical());
    bar->AddSpacer(FromDIP(8));
    bar->Add(refresh_, wxSizerFlags().CenterVertical());
    bar->AddSpacer(FromDIP(24));
    bar->Add(exportCsv_, wxSizerFlags().CenterVertical());
    bar->AddSpacer(FromDIP(8));
    bar->Add(exportXlsx_, wxSizerFlags().CenterVertical());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(infoBar_, wxSizerFlags().Expand());
    sizer->Add(pages_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    SetSizer(sizer);

    exams_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { loadExam(); });
    refresh_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    exportCsv_->Bind(wxEVT_BUTTON,
                     [this](wxCommandEvent&) { chooseFile(results::ExportFormat::Csv); });
    exportXlsx_->Bind(wxEVT_BUTTON,
                      [this](wxCommandEvent&) { chooseFile(results::ExportFormat::Xlsx); });
    infoBar_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (!lastFolder_.empty()) wxLaunchDefaultApplication(pathText(lastFolder_));
        },
        kOpenFolderId);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (progress_) progress_->Pulse();
    });
    refresh();
}

ResultsPanel::~ResultsPanel() {
    pulse_.Stop();
    if (progress_) progress_->Destroy();
}

void ResultsPanel::refresh() {
    const std::optional<std::int64_t> chosen = selectedExam();
    choices_.clear();
    if (store::Database* db = workspace_.database()) choices_ = results::listExamChoices(*db);
    exams_->Clear();
    for (const results::ExamChoice& choice : choices_) exams_->Append(choiceLabel(choice));
    if (choices_.empty()) exams_->Append(_("No exams yet: create one under Papers and exams"));
    int selection = 0;
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (chosen && choices_[i].exam.id == *chosen) selection = static_cast<int>(i);
    exams_->SetSelection(selection);
    loadExam();
}

bool ResultsPanel::selectExam(std::int64_t examId) {
    for (std::size_t i = 0; i < choices_.size(); ++i) {
        if (choices_[i].exam.id != examId) continue;
        exams_->SetSelection(static_cast<int>(i));
        loadExam();
        return true;
    }
    return false;
}

std::optional<std::int64_t> ResultsPanel::selectedExam() const {
    const int selection = exams_->GetSelection();
    if (selection < 0 || static_cast<std::size_t>(selection) >= choices_.size())
        return std::nullopt;
    return choices_[static_cast<std::size_t>(selection)].exam.id;
}

void ResultsPanel::loadExam() {
    store::Database* db = workspace_.database();
    const std::optional<std::int64_t> examId = selectedExam();
    if (!db || !examId) {
        table_->setRows({}, 0);
        items_->setRows({});
    } else {
        const store::ExamRecord& exam =
            choices_[static_cast<std::size_t>(exams_->GetSelection())].exam;
        table_->setRows(results::loadResultRows(*db, *examId), exam.settings.passMark);
        items_->setRows(results::loadItemRows(*db, *examId));
    }
    updateButtons();
}

void ResultsPanel::updateButtons() {
    const bool any = !table_->rows().empty() && !exporter_.running();
    exportCsv_->Enable(any);
    exportXlsx_->Enable(any);
}

void ResultsPanel::chooseFile(results::ExportFormat format) {
    const bool xlsx = format == results::ExportFormat::Xlsx;
    const wxString title =
        selectedExam()
            ? fromUtf8(
                  choices_[static_cast<std::size_t>(exams_->GetSelection())].exam.settings.title)
            : wxString();
    // TRANSLATORS: the suggested file name of an export; %s is the exam's title.
    const wxString name = wxString::Format(_("%s results"), title) + (xlsx ? ".xlsx" : ".csv");
    wxFileDialog dialog(this, xlsx ? _("Export results to Excel") : _("Export results to CSV"),
                        lastFolder_.empty() ? wxString() : pathText(lastFolder_), name,
                        xlsx ? _("Excel workbooks (*.xlsx)|*.xlsx") : _("CSV files (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    exportTo(pathFromText(dialog.GetPath()), format);
}

bool ResultsPanel::exportTo(const std::filesystem::path& file, results::ExportFormat format) {
    store::Database* db = workspace_.database();
    if (!db || table_->rows().empty()) return false;
    const bool started = exporter_.start(
        *db, table_->rows(), table_->list()->order(), format, file,
        [this](const std::filesystem::path& written, const std::optional<report::ExportError>& e) {
            exportFinished(written, e);
        });
    if (!started) return false;
    infoBar_->Dismiss();
    progress_ = new wxProgressDialog(
        _("Exporting results"), wxString::Format(_("Writing %s ..."), pathText(file.filename())),
        100, this, wxPD_APP_MODAL | wxPD_SMOOTH);
    pulse_.Start(100);
    updateButtons();
    return true;
}

void ResultsPanel::exportFinished(const std::filesystem::path& file,
                                  const std::optional<report::ExportError>& error) {
    pulse_.Stop();
    if (progress_) {
        progress_->Destroy();
        progress_ = nullptr;
    }
    const wxString shown = pathText(file);
    if (openFolderShown_) infoBar_->RemoveButton(kOpenFolderId);
    openFolderShown_ = !error;
    if (error) {
        exportMessage_ = wxString::Format(
            _("Could not write \"%s\". Choose another folder, or close the program that has the "
              "file open, and try again."),
            shown);
        infoBar_->ShowMessage(exportMessage_, wxICON_ERROR);
    } else {
        lastFolder_ = file.parent_path();
        exportMessage_ = wxString::Format(_("Exported to %s"), shown);
        infoBar_->AddButton(kOpenFolderId, _("Open folder"));
        infoBar_->ShowMessage(exportMessage_, wxICON_INFORMATION);
    }
    updateButtons();
    Layout();
}

}  // namespace tqm::gui
