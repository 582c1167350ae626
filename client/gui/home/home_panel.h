// 首页 Home: for the person signed in, 继续学习 Continue where they left off and their cards
// (courses under way, reviews due, open exams); without a learner, what is loaded (each bank's
// identity and counts) and every problem found while loading, so an organizer sees at a glance
// whether the banks are fit for an exam.
#pragma once

#include <functional>
#include <optional>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "bank_browser/bank_library.h"
#include "home/due_soon_card.h"
#include "home/learner_cards.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

class HomePanel : public wxPanel {
  public:
    HomePanel(wxWindow* parent, const BankLibrary& library);

    void showBanks();
    // Shows 继续学习 with `lesson` describing where to go on; hides it when `lesson` is empty.
    void showContinue(const wxString& lesson);
    void setContinueHandler(std::function<void()> handler) { onContinue_ = std::move(handler); }
    // The learner's cards in place of the banks' summary, or the summary again without a learner.
    void showLearner(const std::optional<LearnerHome>& home);

    wxHtmlWindow* summary() const { return summary_; }
    ProblemList* problemList() const { return problems_; }
    wxButton* continueButton() const { return continue_; }
    LearnerCards* learnerCards() const { return learner_; }
    // The organizer's card of certificates due soon; hidden until showDueSoon(true).
    DueSoonCard* dueSoonCard() const { return dueSoon_; }
    void showDueSoon(bool shown);
    wxString continueText() const { return continueText_->GetLabel(); }

  private:
    void onSysColourChanged(wxSysColourChangedEvent& event);

    const BankLibrary& library_;
    wxPanel* continueBox_ = nullptr;
    wxStaticText* continueText_ = nullptr;
    wxButton* continue_ = nullptr;
    std::function<void()> onContinue_;
    LearnerCards* learner_ = nullptr;
    DueSoonCard* dueSoon_ = nullptr;
    bool learnerShown_ = false;
    wxHtmlWindow* summary_ = nullptr;
    wxStaticText* problemsHeading_ = nullptr;
    ProblemList* problems_ = nullptr;
};

}  // namespace tqm::gui
