#include "organizer/password_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/weakref.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxString titleFor(PasswordDialogMode mode) {
    switch (mode) {
        case PasswordDialogMode::SetFirst:
            return _("Set the organizer password");
        case PasswordDialogMode::Unlock:
            return _("Unlock the organizer screens");
        case PasswordDialogMode::Change:
            return _("Change the organizer password");
    }
    return {};
}

wxString introFor(PasswordDialogMode mode) {
    switch (mode) {
        case PasswordDialogMode::SetFirst:
            return wxString::Format(
                _("The question banks and the admin screens are for organizers only. Set the "
                  "organizer password now; it will be asked for each time these screens are "
                  "opened after the program starts or after they were locked.\n\nUse at least "
                  "%zu characters and keep the password safe: it cannot be read back."),
                admin::kMinPasswordLength);
        case PasswordDialogMode::Unlock:
            return _(
                "The question banks and the admin screens are for organizers only. Type "
                "the organizer password to open them.");
        case PasswordDialogMode::Change:
            return wxString::Format(_("Type the current password, then the new one twice. The "
                                      "new password needs at least %zu characters."),
                                    admin::kMinPasswordLength);
    }
    return {};
}

wxString okLabelFor(PasswordDialogMode mode) {
    switch (mode) {
        case PasswordDialogMode::SetFirst:
            return _("Set and unlock");
        case PasswordDialogMode::Unlock:
            return _("Unlock");
        case PasswordDialogMode::Change:
            return _("Change password");
    }
    return {};
}

}  // namespace

OrganizerPasswordDialog::OrganizerPasswordDialog(wxWindow* parent, OrganizerLock& lock,
                                                 PasswordDialogMode mode)
    : wxDialog(parent, wxID_ANY, titleFor(mode)), lock_(lock), mode_(mode) {
    SetName("OrganizerPasswordDialog");
    const int gap = FromDIP(12);
    auto* heading = new wxStaticText(this, wxID_ANY, titleFor(mode));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    auto* intro = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*intro, introFor(mode), FromDIP(460));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    if (mode == PasswordDialogMode::Change)
        oldPassword_ = addPasswordRow(*grid, _("Current password:"));
    password_ = addPasswordRow(
        *grid, mode == PasswordDialogMode::Unlock ? _("Password:") : _("New password:"));
    if (mode != PasswordDialogMode::Unlock)
        confirmation_ = addPasswordRow(*grid, _("Type it again:"));

    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(colour(Colour::Error));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    ok_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    if (ok_) ok_->SetLabel(okLabelFor(mode));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(20)));
    sizer->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(20)));
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(20)));
    // Room for a two-line reason is kept, so that the dialog does not jump when one appears.
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(20)));
    sizer->AddSpacer(GetCharHeight());
    if (buttons) sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    CentreOnParent();

    Bind(wxEVT_BUTTON, &OrganizerPasswordDialog::onOk, this, wxID_OK);
    // While the password is being checked the dialog waits for the answer.
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& event) {
            if (!lock_.busy()) event.Skip();
        },
        wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (lock_.busy() && event.CanVeto())
            event.Veto();
        else
            event.Skip();
    });
    (oldPassword_ ? oldPassword_ : password_)->SetFocus();
}

wxTextCtrl* OrganizerPasswordDialog::addPasswordRow(wxSizer& grid, const wxString& label) {
    grid.Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
    auto* box = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                               FromDIP(wxSize(260, -1)), wxTE_PASSWORD);
    grid.Add(box, wxSizerFlags().Expand());
    return box;
}

void OrganizerPasswordDialog::onOk(wxCommandEvent&) {
    if (lock_.busy()) return;
    const std::string typed = password_->GetValue().utf8_string();
    const std::string again = confirmation_ ? confirmation_->GetValue().utf8_string() : typed;
    admin::PasswordAction action = admin::PasswordAction::Verify;
    std::string current = typed;
    std::string replacement;
    if (mode_ == PasswordDialogMode::SetFirst) action = admin::PasswordAction::SetFirst;
    if (mode_ == PasswordDialogMode::Change) {
        action = admin::PasswordAction::Change;
        current = oldPassword_->GetValue().utf8_string();
        replacement = typed;
    }
    setBusy(true);
    wxWeakRef<OrganizerPasswordDialog> self(this);
    lock_.submit(action, current, replacement, again,
                 [self](const std::optional<admin::PasswordRefusal>& refused) {
                     if (self) self->showOutcome(refused);
                 });
}

void OrganizerPasswordDialog::setBusy(bool busy) {
    for (wxWindow* window :
         {static_cast<wxWindow*>(oldPassword_), static_cast<wxWindow*>(password_),
          static_cast<wxWindow*>(confirmation_), static_cast<wxWindow*>(ok_),
          FindWindow(wxID_CANCEL)})
        if (window) window->Enable(!busy);
    problem_->SetForegroundColour(colour(busy ? Colour::MutedText : Colour::Error));
    problem_->SetLabel(busy ? _("Checking the password...") : wxString());
}

void OrganizerPasswordDialog::showOutcome(const std::optional<admin::PasswordRefusal>& refused) {
    setBusy(false);
    if (!refused) {
        finish(wxID_OK);
        return;
    }
    setWrappedLabel(*problem_, passwordRefusalText(*refused), FromDIP(460));
    Layout();
    Fit();
    // The box to type again: the old password when that was wrong, otherwise the new one.
    wxTextCtrl* retry =
        (refused->code == "password-wrong" && oldPassword_) ? oldPassword_ : password_;
    if (retry == password_ && confirmation_) confirmation_->Clear();
    retry->SelectAll();
    retry->SetFocus();
}

void OrganizerPasswordDialog::finish(int answer) {
    if (IsModal())
        EndModal(answer);
    else
        Hide();
}

}  // namespace tqm::gui
