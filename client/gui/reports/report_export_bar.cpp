#include "reports/report_export_bar.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kGaugeRange = 1000;
}

ReportExportBar::ReportExportBar(wxWindow* parent) : wxPanel(parent) {
    pdf_ = new wxButton(this, wxID_ANY, _("Export PDF..."));
    xlsx_ = new wxButton(this, wxID_ANY, _("Export XLSX..."));
    csv_ = new wxButton(this, wxID_ANY, _("Export CSV..."));
    gauge_ = new wxGauge(this, wxID_ANY, kGaugeRange, wxDefaultPosition, wxSize(FromDIP(160), -1));
    status_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxST_ELLIPSIZE_MIDDLE);
    openFile_ = new wxButton(this, wxID_ANY, _("Open"));
    openFolder_ = new wxButton(this, wxID_ANY, _("Open folder"));

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* button : {pdf_, xlsx_, csv_})
        sizer->Add(button, wxSizerFlags().Center().Border(wxRIGHT, FromDIP(6)));
    sizer->Add(gauge_, wxSizerFlags().Center().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(status_, wxSizerFlags(1).Center());
    sizer->Add(openFile_, wxSizerFlags().Center().Border(wxLEFT, FromDIP(6)));
    sizer->Add(openFolder_, wxSizerFlags().Center().Border(wxLEFT, FromDIP(6)));
    SetSizer(sizer);
    gauge_->Hide();
    openFile_->Hide();
    openFolder_->Hide();
    enableExport(false);

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
}

void ReportExportBar::showStarted() {
    enableExport(false);
    gauge_->SetValue(0);
    gauge_->Show();
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

void ReportExportBar::showWritten(const std::filesystem::path& file) {
    written_ = file;
    gauge_->SetValue(kGaugeRange);
    enableExport(true);
    status_->SetForegroundColour(colour(Colour::Correct));
    status_->SetLabel(wxString::Format(_("Saved %s"), wxString::FromUTF8(file.string())));
    status_->SetToolTip(wxString::FromUTF8(file.string()));
    openFile_->Show();
    openFolder_->Show();
    Layout();
}

void ReportExportBar::showFailed(const wxString& message) {
    gauge_->Hide();
    enableExport(true);
    status_->SetForegroundColour(colour(Colour::Error));
    status_->SetLabel(message);
    status_->SetToolTip(message);
    Layout();
}

}  // namespace tqm::gui
