#include "compete/live/adjust_score_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

AdjustScoreDialog::AdjustScoreDialog(wxWindow* parent, const compete::TeamContest& contest)
    : wxDialog(parent, wxID_ANY, _("Adjust a team's score")) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const auto label = [this](const wxString& text) {
        return new wxStaticText(this, wxID_ANY, text);
    };
    team_ = new wxChoice(this, wxID_ANY);
    for (const compete::Team& team : contest.teams) team_->Append(wxString::FromUTF8(team.name));
    team_->SetSelection(0);
    delta_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxSP_ARROW_KEYS, -1000, 1000, 0);
    reason_ = new wxTextCtrl(this, wxID_ANY);
    reason_->SetMinSize(wxSize(FromDIP(280), -1));
    reason_->SetHint(_("e.g. the judges accepted the answer on review"));
    grid->Add(label(_("Team:")), wxSizerFlags().CenterVertical());
    grid->Add(team_, wxSizerFlags().Expand());
    grid->Add(label(_("Points (+ or -):")), wxSizerFlags().CenterVertical());
    grid->Add(delta_, wxSizerFlags().Expand());
    grid->Add(label(_("Reason:")), wxSizerFlags().CenterVertical());
    grid->Add(reason_, wxSizerFlags().Expand());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
             wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    SetSizerAndFit(top);
    delta_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { updateOk(); });
    delta_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { updateOk(); });
    reason_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { updateOk(); });
    updateOk();
}

std::size_t AdjustScoreDialog::team() const {
    const int selection = team_->GetSelection();
    return selection == wxNOT_FOUND ? 0 : static_cast<std::size_t>(selection);
}

void AdjustScoreDialog::updateOk() {
    if (wxWindow* ok = FindWindow(wxID_OK))
        ok->Enable(delta() != 0 && !reason().Strip(wxString::both).empty());
}

}  // namespace tqm::gui
