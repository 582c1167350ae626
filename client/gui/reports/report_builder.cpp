#include "reports/report_builder.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "report/report_csv_tables.h"
#include "reports/full_id_unlock.h"
#include "reports/report_texts.h"

namespace tqm::gui {

namespace {

std::vector<std::filesystem::path> writtenFiles(const std::filesystem::path& file,
                                                report::ReportFormat format,
                                                const reports::ReportDocument& document) {
    if (format == report::ReportFormat::Csv) return report::reportCsvFiles(file, document);
    return {file};
}

}  // namespace

ReportBuilder::ReportBuilder(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    form_ = new ReportForm(this, dateAt(workspace.clock().now()));
    form_->organizationField()->ChangeValue(settings_.organizationName());
    preview_ = new ReportPreview(this);
    exportBar_ = new ReportExportBar(this);

    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(preview_, wxSizerFlags(1).Expand());
    right->Add(exportBar_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(form_, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    sizer->Add(right, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);
    form_->SetMinSize(wxSize(FromDIP(280), -1));

    form_->previewButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { preview(); });
    form_->personField()->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { preview(); });
    form_->organizationField()->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        settings_.setOrganizationName(form_->organizationField()->GetValue());
    });
    // Another person or another report drops the unlock at once, before anything is shown.
    form_->personField()->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        event.Skip();
        dropFullIdUnlock();
    });
    form_->kindChoice()->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        event.Skip();
        dropFullIdUnlock();
    });
    exportBar_->fullIdsBox()->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
        if (event.IsChecked())
            unlockFullIds();
        else
            dropFullIdUnlock();
    });
    for (auto format :
         {report::ReportFormat::Pdf, report::ReportFormat::Xlsx, report::ReportFormat::Csv})
        exportBar_->exportButton(format)->Bind(
            wxEVT_BUTTON, [this, format](wxCommandEvent&) { askWhereToExport(format); });
}

void ReportBuilder::refresh() {
    if (!workspace_.hasDatabase()) {
        preview_->showMessage(databaseMissingText(workspace_.databaseError()));
        return;
    }
    form_->organizationField()->ChangeValue(settings_.organizationName());
    form_->reload(workspace_);
}

void ReportBuilder::preview() {
    if (worker_.running()) return;
    if (const wxString problem = form_->problem(); !problem.empty()) {
        preview_->showMessage(problem);
        return;
    }
    ReportRequest request = form_->request();
    if (request.kind != ReportKind::Person) dropFullIdUnlock();
    request.fullIdUnlock = request.kind == ReportKind::Person ? unlock_ : std::nullopt;
    exportBar_->enableExport(false);
    preview_->showBusy();
    auto assembled = std::make_shared<AssembledReport>();
    const bool withFullIds = request.fullIdUnlock.has_value();
    const bool started = worker_.start(
        workspace_,
        [assembled, request](store::Database& db) { *assembled = assembleReport(db, request); },
        [this, assembled, kind = request.kind, withFullIds](const std::string& failure) {
            if (!failure.empty()) {
                preview_->showMessage(readFailureText(failure));
                return;
            }
            previewedKind_ = kind;
            showAssembled(*assembled, withFullIds);
        });
    if (!started) preview_->showMessage(databaseMissingText(workspace_.databaseError()));
}

void ReportBuilder::showAssembled(AssembledReport& assembled, bool withFullIds) {
    if (withFullIds && !unlock_) {
        // The unlock was dropped while the full number was being read: it is not shown.
        if (maskedDocument_) preview_->showDocument(maskedDocument_);
        maskedDocument_.reset();
        previewHasFullIds_ = false;
        exportBar_->enableExport(preview_->document() != nullptr);
        return;
    }
    if (assembled.idRefusal) {
        dropFullIdUnlock();
        preview_->showMessage(fullIdRefusalText(*assembled.idRefusal));
        return;
    }
    if (!assembled.document) {
        preview_->showMessage(problemText(assembled.problem));
        return;
    }
    what_ = assembled.what;
    fileStem_ = assembled.fileStem;
    previewHasFullIds_ = withFullIds;
    preview_->showDocument(
        std::make_shared<const reports::ReportDocument>(std::move(*assembled.document)));
    exportBar_->offerFullIds(previewedKind_ == ReportKind::Person);
    exportBar_->fullIdsBox()->SetValue(previewHasFullIds_);
    exportBar_->enableExport(true);
}

bool ReportBuilder::unlockFullIds() {
    const auto document = preview_->document();
    store::Database* database = workspace_.database();
    if (worker_.running() || !document || !database || previewedKind_ != ReportKind::Person) {
        exportBar_->fullIdsBox()->SetValue(showsFullIds());
        return false;
    }
    if (!keys_) keys_ = admin::KeyStore::forDatabase(workspace_.databaseFile());
    std::optional<reports::FullIdUnlock> unlock =
        askFullIdUnlock(this, *database, *keys_, wxString::FromUTF8(document->title), unlockCost_);
    if (!unlock) {
        exportBar_->fullIdsBox()->SetValue(showsFullIds());
        return false;
    }
    unlock_ = std::move(unlock);
    if (!previewHasFullIds_) maskedDocument_ = document;
    preview();
    return true;
}

void ReportBuilder::dropFullIdUnlock() {
    exportBar_->fullIdsBox()->SetValue(false);
    if (!unlock_) return;
    unlock_.reset();
    // A preview still reading the full number is turned back when it ends (showAssembled).
    if (worker_.running()) return;
    if (previewHasFullIds_ && maskedDocument_) preview_->showDocument(maskedDocument_);
    maskedDocument_.reset();
    previewHasFullIds_ = false;
}

wxString ReportBuilder::defaultFileName(report::ReportFormat format) const {
    wxString stem = wxString::FromUTF8(fileStem_);
    for (const char forbidden : {'/', '\\', ':', '*', '?', '"', '<', '>', '|'})
        stem.Replace(wxString(forbidden), "-");
    return stem + "." + wxString::FromUTF8(std::string(report::reportFormatWord(format)));
}

void ReportBuilder::askWhereToExport(report::ReportFormat format) {
    if (!preview_->document()) return;
    const wxString word = wxString::FromUTF8(std::string(report::reportFormatWord(format)));
    wxFileDialog dialog(this, _("Export report"), wxString(), defaultFileName(format),
                        wxString::Format(_("%s files (*.%s)|*.%s"), word.Upper(), word, word),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    exportTo(std::filesystem::path(dialog.GetPath().utf8_string()), format);
}

std::string ReportBuilder::exporter() const {
    // The audit log names who exported: the person signed in at this workstation, else the
    // organizer who unlocked the organizer screens.
    const auto& person = workspace_.signedIn();
    return person ? person->name : "organizer";
}

void ReportBuilder::exportTo(const std::filesystem::path& file, report::ReportFormat format) {
    const auto document = preview_->document();
    if (!document || worker_.running()) return;
    if (showsFullIds()) {
        exportFullIdsTo(file, format);
        return;
    }
    exportBar_->showStarted();
    auto result = std::make_shared<report::ReportExportResult>();
    const report::ReportExport request{file, format, exporter(), what_};
    const bool started = worker_.start(
        workspace_,
        [this, document, request, result](store::Database& db) {
            *result = report::exportReport(
                db, *document, request, [this](std::size_t done, std::size_t total) {
                    CallAfter([this, done, total] { exportBar_->showProgress(done, total); });
                });
        },
        [this, result, file, format, document](const std::string& failure) {
            if (!failure.empty())
                exportBar_->showFailed(writeFailureText(file, failure));
            else if (result->error)
                exportBar_->showFailed(writeFailureText(file, result->error->message));
            else
                exportBar_->showWritten(writtenFiles(file, format, *document));
        });
    if (!started) exportBar_->showFailed(databaseMissingText(workspace_.databaseError()));
}

void ReportBuilder::exportFullIdsTo(const std::filesystem::path& file,
                                    report::ReportFormat format) {
    const auto document = preview_->document();
    // The core reports no rows while it writes a full-ID file: the bar pulses meanwhile.
    exportBar_->showStarted(false);
    auto result = std::make_shared<reports::FullIdExportResult>();
    const report::ReportExport request{file, format, exporter(), what_};
    const bool started = worker_.start(
        workspace_,
        [document, request, result, unlock = *unlock_](store::Database& db) {
            *result = reports::exportFullIdReport(db, *document, request, unlock);
        },
        [this, result, file, format, document](const std::string& failure) {
            if (!failure.empty())
                exportBar_->showFailed(writeFailureText(file, failure));
            else if (result->refusal)
                exportBar_->showFailed(fullIdRefusalText(*result->refusal));
            else
                exportBar_->showWritten(writtenFiles(file, format, *document));
        });
    if (!started) exportBar_->showFailed(databaseMissingText(workspace_.databaseError()));
}

}  // namespace tqm::gui
