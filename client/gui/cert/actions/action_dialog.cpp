#include "cert/actions/action_dialog.h"

#include <algorithm>

#include <wx/intl.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxStaticText* note(wxWindow* parent, Colour colourOf) {
    auto* text = new wxStaticText(parent, wxID_ANY, wxString());
    text->SetForegroundColour(colour(colourOf));
    text->Hide();
    return text;
}

}  // namespace

ActionDialog::ActionDialog(wxWindow* parent, const wxString& title, store::Database& database)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      database_(database) {
    SetFont(parent->GetFont());
    grid_ = new wxFlexGridSizer(2, FromDIP(10), FromDIP(12));
    grid_->AddGrowableCol(1);
    general_ = note(this, Colour::Error);
}

void ActionDialog::addRow(const wxString& label, wxWindow* control,
                          std::optional<DeskField> field) {
    auto* name = new wxStaticText(this, wxID_ANY, label);
    // Level with the control's first line even when a hint or a refusal below makes the row taller.
    const int offset = std::max(0, (control->GetBestSize().y - name->GetBestSize().y) / 2);
    grid_->Add(name, wxSizerFlags().Border(wxTOP, offset).Right());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(control, wxSizerFlags().Expand());
    if (field) {
        FieldNotes& notes = notes_[*field];
        notes.hint = note(this, Colour::MutedText);
        notes.error = note(this, Colour::Error);
        column->Add(notes.hint, wxSizerFlags().Border(wxTOP, FromDIP(2)));
        column->Add(notes.error, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    }
    grid_->Add(column, wxSizerFlags().Expand());
}

void ActionDialog::setHint(DeskField field, const wxString& hint) {
    const auto found = notes_.find(field);
    if (found == notes_.end()) return;
    found->second.hint->SetLabel(hint);
    found->second.hint->Show(!hint.empty());
    refit();
}

void ActionDialog::refit() {
    if (!GetSizer()) return;  // still being built: finish() fits
    // As tall as the content, so that a hint or a refusal appearing never clips a field; never
    // narrower than it was, so that the fields do not jump sideways.
    const wxSize fitting = GetSizer()->ComputeFittingWindowSize(this);
    SetMinSize(wxSize(std::min(GetSize().x, fitting.x), fitting.y));
    SetSize(wxSize(std::max(GetSize().x, fitting.x), fitting.y));
    Layout();
}

void ActionDialog::finish(wxSizer* top, const wxString& okLabel) {
    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (top) sizer->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(grid_, wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(general_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
               wxSizerFlags().Expand().Border(wxALL, border));
    okButton()->SetLabel(okLabel);
    // The stock label would come from GTK's catalog, which may not follow the chosen language.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(560)), GetSize().y));
    refit();
    // Some GTK controls (the file picker) know their height only once shown.
    Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        if (event.IsShown()) refit();
        event.Skip();
    });
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

wxButton* ActionDialog::okButton() const {
    return dynamic_cast<wxButton*>(FindWindow(wxID_OK));
}

wxString ActionDialog::errorText(DeskField field) const {
    const auto found = errors_.find(field);
    return found == errors_.end() ? wxString() : found->second;
}

wxString ActionDialog::hintText(DeskField field) const {
    const auto found = notes_.find(field);
    return found == notes_.end() ? wxString() : found->second.hint->GetLabel();
}

void ActionDialog::clearRefusal() {
    errors_.clear();
    general_->SetLabel(wxString());
    general_->Hide();
    for (auto& [field, notes] : notes_) {
        notes.error->SetLabel(wxString());
        notes.error->Hide();
    }
}

void ActionDialog::showError(DeskField field, const wxString& text) {
    wxStaticText* target = general_;
    if (const auto found = notes_.find(field); found != notes_.end()) target = found->second.error;
    errors_[target == general_ ? DeskField::General : field] = text;
    // Wrapped to the column it sits in, so that a long reason grows the dialog downwards only.
    const int width = target == general_ ? GetClientSize().x - FromDIP(32)
                                         : target->GetContainingSizer()->GetSize().x;
    setWrappedLabel(*target, text, std::max(width, FromDIP(200)));
    target->Show();
    refit();
}

void ActionDialog::showRefusal(DeskAction action, const cert::ActionRefusal& refusal,
                               const RequestFacts& facts) {
    clearRefusal();
    const RefusalShown shown = describeRefusal(action, refusal, facts);
    showError(shown.field, shown.text);
}

void ActionDialog::showFailure(const std::exception& error) {
    clearRefusal();
    showError(DeskField::General,
              wxString::Format(_("The database could not be written, so nothing was saved: %s. "
                                 "Close other programs using it and try again."),
                               wxString::FromUTF8(error.what())));
}

Date ActionDialog::today() const {
    return dateAt(database_.clock().now());
}

}  // namespace tqm::gui
