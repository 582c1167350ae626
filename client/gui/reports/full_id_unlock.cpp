#include "reports/full_id_unlock.h"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "organizer/organizer_lock.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

constexpr int kWrapWidth = 460;

}  // namespace

FullIdUnlockDialog::FullIdUnlockDialog(wxWindow* parent, store::Database& database,
                                       admin::KeyStore& keys, const wxString& reportName,
                                       admin::PasswordCost cost)
    : wxDialog(parent, wxID_ANY, _("Unlock full ID numbers")),
      database_(database),
      keys_(keys),
      cost_(cost),
      pulse_(this) {
    SetName("FullIdUnlockDialog");
    const int wrap = FromDIP(kWrapWidth);
    const int border = FromDIP(20);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Unlock full ID numbers"));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    auto* note = new wxStaticText(this, wxID_ANY, wxString());
    // TRANSLATORS: %s names the report, such as "一人一档：张伟".
    setWrappedLabel(*note,
                    wxString::Format(_("Reports show ID numbers masked. To export %s with every "
                                       "ID number in full, type the organizer password. The "
                                       "export will be recorded in the audit log: who made it, "
                                       "which report, the file and the time. Keep the file safe "
                                       "and delete it when it is no longer needed."),
                                     reportName),
                    wrap);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Organizer password:")),
             wxSizerFlags().CentreVertical());
    password_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                               FromDIP(wxSize(260, -1)), wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    row->Add(password_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(12)));

    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(-1, 6)));
    gauge_->Hide();
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(colour(Colour::Error));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    unlockButton_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    if (unlockButton_) unlockButton_->SetLabel(_("Unlock"));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    // The bar and the reason line up with the text above them.
    sizer->AddSpacer(FromDIP(12));
    sizer->Add(gauge_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->AddSpacer(FromDIP(12));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    // Room for a two-line reason is kept, so that the dialog does not jump when one appears.
    sizer->AddSpacer(GetCharHeight() * 2);
    if (buttons) sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    CentreOnParent();

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { gauge_->Pulse(); });
    Bind(wxEVT_BUTTON, &FullIdUnlockDialog::onUnlock, this, wxID_OK);
    password_->Bind(wxEVT_TEXT_ENTER, &FullIdUnlockDialog::onUnlock, this);
    // While the check runs the dialog waits for its answer.
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

FullIdUnlockDialog::~FullIdUnlockDialog() {
    alive_.reset();
    if (worker_.joinable()) worker_.join();
}

void FullIdUnlockDialog::onUnlock(wxCommandEvent&) {
    if (busy_) return;
    if (worker_.joinable()) worker_.join();
    setBusy(true);
    auto request = std::make_shared<admin::PasswordRequest>(
        reports::fullIdPasswordRequest(database_, password_->GetValue().utf8_string(), cost_));
    std::weak_ptr<bool> alive = alive_;
    worker_ = std::thread([this, request, alive] {
        auto decision = std::make_shared<admin::PasswordDecision>(admin::decidePassword(*request));
        // CallAfter is safe from any thread; the rest happens on the UI thread.
        wxTheApp->CallAfter([this, decision, alive] {
            if (!alive.expired()) finished(*decision);
        });
    });
}

void FullIdUnlockDialog::finished(const admin::PasswordDecision& decision) {
    setBusy(false);
    reports::FullIdUnlockResult result =
        reports::finishFullIdUnlock(database_, keys_, decision, cost_);
    if (result.ok()) {
        unlock_ = std::move(result.unlock);
        if (IsModal())
            EndModal(wxID_OK);
        else
            Hide();
        return;
    }
    setWrappedLabel(*problem_, fullIdRefusalText(*result.refusal), FromDIP(kWrapWidth));
    Layout();
    Fit();
    password_->SelectAll();
    password_->SetFocus();
}

void FullIdUnlockDialog::setBusy(bool busy) {
    busy_ = busy;
    for (wxWindow* window : {static_cast<wxWindow*>(password_),
                             static_cast<wxWindow*>(unlockButton_), FindWindow(wxID_CANCEL)})
        if (window) window->Enable(!busy);
    gauge_->Show(busy);
    if (busy) {
        gauge_->Pulse();
        pulse_.Start(100);
    } else {
        pulse_.Stop();
    }
    problem_->SetForegroundColour(colour(busy ? Colour::MutedText : Colour::Error));
    problem_->SetLabel(busy ? _("Checking the password...") : wxString());
    Layout();
}

std::optional<reports::FullIdUnlock> askFullIdUnlock(wxWindow* parent, store::Database& database,
                                                     admin::KeyStore& keys,
                                                     const wxString& reportName,
                                                     admin::PasswordCost cost) {
    FullIdUnlockDialog dialog(parent, database, keys, reportName, cost);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.unlock();
}

wxString fullIdRefusalText(const reports::FullIdRefusal& refusal) {
    const std::string& code = refusal.code;
    if (code == "password-not-set")
        return _(
            "No organizer password is set yet, so full ID numbers cannot be unlocked. Set the "
            "password in the Admin area first.");
    if (code.rfind("password-", 0) == 0) return passwordRefusalText({code, refusal.message});
    if (code.rfind("key-", 0) == 0)
        // TRANSLATORS: %s is the reason in English, naming the key file.
        return wxString::Format(_("This workstation's keys could not be read (%s), so the ID "
                                  "numbers cannot be opened. Restore the \"keys\" folder beside "
                                  "the database from a backup, or export with masked numbers."),
                                wxString::FromUTF8(refusal.message));
    if (code == "id-number-unreadable")
        return _(
            "Nothing was saved: an ID number does not open with this workstation's key (it was "
            "entered on another workstation). Export the report with masked ID numbers, or "
            "export the full one on that workstation.");
    if (code == "export-failed")
        // TRANSLATORS: %s is the reason in English, naming the file.
        return wxString::Format(_("Nothing was saved: the file could not be written (%s). "
                                  "Choose another folder and try again."),
                                wxString::FromUTF8(refusal.message));
    if (code == "audit-failed")
        return _(
            "Nothing was saved: the export could not be recorded in the audit log, so the file "
            "was removed again. Close other programs using the database and try again.");
    return wxString::FromUTF8(refusal.message);
}

}  // namespace tqm::gui
