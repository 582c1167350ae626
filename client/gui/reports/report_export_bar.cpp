#include "reports/report_export_bar.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kGaugeRange = 1000;
}

ReportExportBar::ReportExportBar(wxWindow* parent) : wxPanel(parent), pulse_(this) {
    pdf_ = new wxButton(this, wxID_ANY, _("Export PDF..."));
    xlsx_ = new wxButton(this, wxID_ANY, _("Export XLSX..."));
    csv_ = new wxButton(this, wxID_ANY, _("Export CSV..."));
    fullIds_ = new wxCheckBox(this, wxID_ANY, _("Include full ID numbers..."));
    fullIds_->SetToolTip(
        _("Asks for the organizer password; the export is recorded in the "
          "audit log."));
    gauge_ = new wxGauge(this, wxID_ANY, kGaugeRange, wxDefaultPosition, wxSize(FromDIP(160), -1));
    status_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxST_ELLIPSIZE_MIDDLE);
    openFile_ = new wxButton(this, wxID_ANY, _("Open"));
    openFolder_ = new wxButton(this, wxID_ANY, _("Open folder"));

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* button : {pdf_, xlsx_, csv_})
        sizer->Add(button, wxSizerFlags().Center().Border(wxRIGHT, FromDIP(6)));
    sizer->Add(fullIds_, wxSizerFlags().Center().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    sizer->Add(gauge_, wxSizerFlags().Center().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(status_, wxSizerFlags(1).Center());
    sizer->Add(openFile_, wxSizerFlags().Center().Border(wxLEFT, FromDIP(6)));
    sizer->Add(openFolder_, wxSizerFlags().Center().Border(wxLEFT, FromDIP(6)));
    SetSizer(sizer);
    gauge_->Hide();
    fullIds_->Hide();
    openFile_->Hide();
    openFolder_->Hide();
    enableExport(false);

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    openFile_->Bind(wxEVT_BUTTON,
                    [this](wxCommandEvent&) { wxLaunchDefaultApplication(written_.string()); });
    openFolder_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxLaunchDefaultApplication(written_.parent_path().string());
    });
}

wxButton* ReportExportBar::exportButton(report::ReportFormat format) const {
    switch (format) {
        case report::ReportFormat::Pdf:
            return pdf_;
        case report::ReportFormat::Xlsx:
            return xlsx_;
        case report::ReportFormat::Csv:
            return csv_;
    }
    return pdf_;
}

void ReportExportBar::enableExport(bool enabled) {
    for (wxButton* button : {pdf_, xlsx_, csv_}) button->Enable(enabled);
    fullIds_->Enable(enabled);
}

void ReportExportBar::offerFullIds(bool offered) {
    if (fullIds_->IsShown() == offered) return;
    fullIds_->Show(offered);
    Layout();
}

void ReportExportBar::showStarted(bool measured) {
    enableExport(false);
    gauge_->SetValue(0);
    gauge_->Show();
    if (measured)
        pulse_.Stop();
    else
        pulse_.Start(100);
    openFile_->Hide();
    openFolder_->Hide();
    status_->SetForegroundColour(colour(Colour::Text));
    status_->SetLabel(_("Writing the file..."));
    Layout();
}

void ReportExportBar::showProgress(std::size_t rowsDone, std::size_t rowsTotal) {
    gauge_->SetValue(rowsTotal == 0 ? kGaugeRange
                                    : static_cast<int>(rowsDone * kGaugeRange / rowsTotal));
    status_->SetLabel(wxString::Format(_("%zu of %zu rows written"), rowsDone, rowsTotal));
}

void ReportExportBar::showWritten(const std::vector<std::filesystem::path>& files) {
    pulse_.Stop();
    written_ = files.empty() ? std::filesystem::path() : files.front();
    gauge_->SetValue(kGaugeRange);
    // Done: the bar gives its room to the names of the files.
    gauge_->Hide();
    enableExport(true);
    status_->SetForegroundColour(colour(Colour::Correct));
    wxString paths;
    for (const std::filesystem::path& file : files)
        paths += (paths.empty() ? "" : "\n") + wxString::FromUTF8(file.string());
    // The names only: the whole paths would be cut short; they are in the tooltip, and 打开文件夹
    // opens their folder.
    if (files.size() == 1) {
        status_->SetLabel(
            wxString::Format(_("Saved %s"), wxString::FromUTF8(files.front().filename().string())));
    } else {
        wxString names;
        // Between file names, as other lists of the client do ("a.csv、b.csv" in Chinese).
        const wxString separator = _(", ");
        for (const std::filesystem::path& file : files)
            names += (names.empty() ? wxString() : separator) +
                     wxString::FromUTF8(file.filename().string());
        // TRANSLATORS: %zu is how many files were written, %s their names.
        status_->SetLabel(
            wxString::Format(wxPLURAL("Saved %zu file: %s", "Saved %zu files: %s", files.size()),
                             files.size(), names));
    }
    status_->SetToolTip(paths);
    openFile_->Show();
    openFolder_->Show();
    Layout();
}

void ReportExportBar::showFailed(const wxString& message) {
    pulse_.Stop();
    gauge_->Hide();
    enableExport(true);
    status_->SetForegroundColour(colour(Colour::Error));
    status_->SetLabel(message);
    status_->SetToolTip(message);
    Layout();
}

}  // namespace tqm::gui
