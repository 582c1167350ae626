#include "sign_in/sign_in_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/colours.h"

namespace tqm::gui {

SignInPanel::SignInPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* title = new wxStaticText(this, wxID_ANY, _("Learner sign-in"));
    wxFont titleFont = GetFont().Bold();
    titleFont.SetPointSize(titleFont.GetPointSize() + 6);
    title->SetFont(titleFont);
    auto* hint = new wxStaticText(this, wxID_ANY,
                                  _("Find yourself on the roster by employee number or name, "
                                    "then press Enter or double-click your name."));
    hint->SetForegroundColour(colour(Colour::MutedText));
    search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                               wxSize(FromDIP(360), -1), wxTE_PROCESS_ENTER);
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(_("Employee number or name"));
    list_ = new PersonList(this);
    message_ = new wxStaticText(this, wxID_ANY, wxString());
    import_ = new wxButton(this, wxID_ANY, _("Import the demo roster"));
    signIn_ = new wxButton(this, wxID_OK, _("Sign in"));

    const int border = FromDIP(12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(message_, wxSizerFlags(1).CentreVertical());
    buttons->Add(import_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(signIn_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(hint, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(search_, wxSizerFlags().Border(wxALL, border));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        importNote_.clear();
        list_->filter(search_->GetValue());
        updateMessage();
    });
    search_->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) { signInSelected(); });
    search_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { setSearchText(wxString()); });
    search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        // Down moves into the list, as in a search field with suggestions.
        if (event.GetKeyCode() == WXK_DOWN && list_->GetItemCount() > 0) {
            list_->SetFocus();
            return;
        }
        event.Skip();
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                [this](wxListEvent& event) { signInRow(event.GetIndex()); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateMessage(); });
    signIn_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { signInSelected(); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importDemoRoster(); });
    reload();
}

void SignInPanel::reload() {
    list_->setPeople(workspace_.people());
    list_->filter(search_->GetValue());
    updateMessage();
}

void SignInPanel::setSearchText(const wxString& text) {
    importNote_.clear();
    search_->ChangeValue(text);
    list_->filter(text);
    updateMessage();
}

bool SignInPanel::signInRow(long row) {
    if (row < 0 || static_cast<std::size_t>(row) >= list_->shownCount()) return false;
    if (onSignIn_) onSignIn_(list_->personAt(row));
    return true;
}

void SignInPanel::signInSelected() {
    const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    signInRow(selected >= 0 ? selected : 0);
}

void SignInPanel::importDemoRoster() {
    wxBusyCursor busy;
    const auto result = workspace_.importDemoRoster();
    if (!result) {
        importNote_ = _("The demo roster could not be read.");
    } else {
        const std::size_t imported =
            result->counts.added + result->counts.updated + result->counts.unchanged;
        importNote_ =
            wxString::Format(wxPLURAL("%zu person was imported from the demo roster.",
                                      "%zu people were imported from the demo roster.", imported),
                             imported);
    }
    reload();
}

void SignInPanel::updateMessage() {
    const bool empty = list_->personCount() == 0;
    import_->Show(workspace_.hasDatabase() && empty && workspace_.demoRosterFile().has_value());
    signIn_->Enable(list_->shownCount() > 0);
    wxString text;
    wxColour tint = colour(Colour::MutedText);
    if (!workspace_.hasDatabase()) {
        text = _("No database is open, so nobody can sign in.");
        tint = colour(Colour::Error);
    } else if (empty) {
        text = _("The roster is empty. Ask an organizer to import it.");
    } else if (list_->shownCount() == 0) {
        text = _("Nobody on the roster matches the search.");
    } else {
        text = wxString::Format(
            wxPLURAL("%zu of %zu person shown", "%zu of %zu people shown", list_->personCount()),
            list_->shownCount(), list_->personCount());
    }
    if (!importNote_.empty() && !empty) text = importNote_ + "  " + text;
    message_->SetLabel(text);
    message_->SetForegroundColour(tint);
    Layout();
}

}  // namespace tqm::gui
