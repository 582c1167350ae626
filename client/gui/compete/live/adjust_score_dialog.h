// A judge's correction of a team's score: the team, the points (not zero) and a reason, which
// the log keeps for disputes. OK stays disabled until both are given.
#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include "compete/team_contest.h"

namespace tqm::gui {

class AdjustScoreDialog : public wxDialog {
  public:
    AdjustScoreDialog(wxWindow* parent, const compete::TeamContest& contest);

    std::size_t team() const;
    int delta() const { return delta_->GetValue(); }
    wxString reason() const { return reason_->GetValue(); }

  private:
    void updateOk();

    wxChoice* team_ = nullptr;
    wxSpinCtrl* delta_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
};

}  // namespace tqm::gui
