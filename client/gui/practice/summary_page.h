// The end of a practice round: how many were right, the questions answered wrong or skipped, and
// "practise the wrong ones again".
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "session/practice_round.h"

namespace tqm::gui {

class SummaryPage : public wxPanel {
  public:
    explicit SummaryPage(wxWindow* parent);

    void show(const session::PracticeRound& round);
    void setAgainHandler(std::function<void()> handler) { onAgain_ = std::move(handler); }
    void setDoneHandler(std::function<void()> handler) { onDone_ = std::move(handler); }

    wxString scoreText() const { return score_->GetLabel(); }
    wxListBox* wrongList() const { return wrong_; }
    wxButton* againButton() const { return again_; }
    wxButton* doneButton() const { return done_; }

  private:
    wxStaticText* heading_ = nullptr;
    wxStaticText* score_ = nullptr;
    wxStaticText* wrongHeading_ = nullptr;
    wxListBox* wrong_ = nullptr;
    wxButton* again_ = nullptr;
    wxButton* done_ = nullptr;
    std::function<void()> onAgain_;
    std::function<void()> onDone_;
};

}  // namespace tqm::gui
