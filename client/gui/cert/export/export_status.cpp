#include "cert/export/export_status.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "widgets/colours.h"

namespace tqm::gui {

ExportStatus::ExportStatus(wxWindow* parent) : wxPanel(parent, wxID_ANY), pulse_(this) {
    SetName("CertificateExportStatus");
    text_ = new wxStaticText(this, wxID_ANY, wxString());
    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(120, -1)));
    open_ = new wxButton(this, wxID_ANY, _("Open"));
    folder_ = new wxButton(this, wxID_ANY, _("Open folder"));
    close_ =
        new wxButton(this, wxID_ANY, _("Close"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(8);
    sizer->Add(gauge_, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    sizer->Add(text_, wxSizerFlags(1).CentreVertical().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(open_, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    sizer->Add(folder_, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    sizer->Add(close_, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    SetSizer(outer);

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxLaunchDefaultApplication(wxString::FromUTF8(file_.string()));
    });
    folder_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxLaunchDefaultApplication(wxString::FromUTF8(file_.parent_path().string()));
    });
    close_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        Hide();
        GetParent()->Layout();
    });
    Hide();
}

void ExportStatus::reveal(const wxString& text, bool failure) {
    message_ = text;
    text_->SetForegroundColour(colour(failure ? Colour::Error : Colour::Text));
    text_->SetLabel(text);
    // Room is left for the buttons; a long reason wraps rather than running under them.
    text_->Wrap(std::max(FromDIP(320), GetParent()->GetClientSize().x - FromDIP(380)));
    Show();
    Layout();
    GetParent()->Layout();
}

void ExportStatus::showBusy(const wxString& text) {
    file_.clear();
    gauge_->Show();
    gauge_->Pulse();
    pulse_.Start(100);
    open_->Hide();
    folder_->Hide();
    close_->Hide();
    reveal(text, false);
}

void ExportStatus::showDone(const wxString& text, const std::filesystem::path& file,
                            const wxString& openLabel) {
    pulse_.Stop();
    file_ = file;
    gauge_->Hide();
    open_->Show(!openLabel.empty());
    if (!openLabel.empty()) open_->SetLabel(openLabel);
    folder_->Show();
    close_->Show();
    reveal(text, false);
}

void ExportStatus::showFailure(const wxString& text) {
    pulse_.Stop();
    file_.clear();
    gauge_->Hide();
    open_->Hide();
    folder_->Hide();
    close_->Show();
    reveal(text, true);
}

}  // namespace tqm::gui
