#include "cert/export/full_id_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/weakref.h>

#include "cert/export/export_texts.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

FullIdExportDialog::FullIdExportDialog(wxWindow* parent, const wxString& fileName, Submit submit)
    : wxDialog(parent, wxID_ANY, _("Register with full ID numbers")),
      submit_(std::move(submit)),
      pulse_(this) {
    SetName("FullIdExportDialog");
    const int wrap = FromDIP(460);
    const int border = FromDIP(20);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Register with full ID numbers"));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    auto* note = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*note,
                    _("This register shows every ID number in full. Only an organizer may export "
                      "it: type the organizer password. Each export is recorded in the audit "
                      "log with the file's name and its number of rows. Keep the file safe and "
                      "delete it when it is no longer needed."),
                    wrap);
    auto* file = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*file, wxString::Format(_("File: %s"), fileName), wrap);
    file->SetForegroundColour(colour(Colour::MutedText));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Organizer password:")),
             wxSizerFlags().CentreVertical());
    password_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                               FromDIP(wxSize(260, -1)), wxTE_PASSWORD);
    row->Add(password_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(12)));

    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(-1, 6)));
    gauge_->Hide();
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(colour(Colour::Error));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    export_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    if (export_) export_->SetLabel(_("Export"));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(file, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    sizer->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(gauge_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    // Room for a two-line reason is kept, so that the dialog does not jump when one appears.
    sizer->AddSpacer(GetCharHeight() * 2);
    if (buttons) sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    CentreOnParent();

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    Bind(wxEVT_BUTTON, &FullIdExportDialog::onExport, this, wxID_OK);
    // While the export runs the dialog waits for its answer.
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& event) {
            if (!busy_) event.Skip();
        },
        wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (busy_ && event.CanVeto())
            event.Veto();
        else
            event.Skip();
    });
    password_->SetFocus();
}

void FullIdExportDialog::onExport(wxCommandEvent&) {
    if (busy_) return;
    setBusy(true);
    wxWeakRef<FullIdExportDialog> self(this);
    const bool started =
        submit_(password_->GetValue().utf8_string(), [self](CertExportOutcome outcome) {
            if (self) self->finished(outcome);
        });
    if (!started) {
        setBusy(false);
        setWrappedLabel(*problem_, _("Another export is still running. Wait for it to finish."),
                        FromDIP(460));
    }
}

void FullIdExportDialog::setBusy(bool busy) {
    busy_ = busy;
    for (wxWindow* window : {static_cast<wxWindow*>(password_), static_cast<wxWindow*>(export_),
                             FindWindow(wxID_CANCEL)})
        if (window) window->Enable(!busy);
    gauge_->Show(busy);
    if (busy) {
        gauge_->Pulse();
        pulse_.Start(100);
    } else {
        pulse_.Stop();
    }
    problem_->SetForegroundColour(colour(busy ? Colour::MutedText : Colour::Error));
    problem_->SetLabel(busy ? _("Checking the password and writing the file...") : wxString());
    Layout();
}

void FullIdExportDialog::finished(const CertExportOutcome& outcome) {
    setBusy(false);
    if (outcome.ok()) {
        outcome_ = outcome;
        if (IsModal())
            EndModal(wxID_OK);
        else
            Hide();
        return;
    }
    setWrappedLabel(*problem_, exportFailureText(outcome), FromDIP(460));
    Layout();
    Fit();
    password_->SelectAll();
    password_->SetFocus();
}

}  // namespace tqm::gui
