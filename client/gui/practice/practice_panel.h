// 练习 Practice: choosing a course or category to practise, one question at a time with the
// answer checked at once, a summary at the end, and the wrong-answer book (错题本) with today's
// reviews. Every answer is recorded through session::PracticeRound as it is checked.
#pragma once

#include <memory>

#include <wx/panel.h>
#include <wx/simplebook.h>

#include "bank_browser/bank_library.h"
#include "learn/learner_workspace.h"
#include "practice/book_page.h"
#include "practice/choose_page.h"
#include "practice/question_page.h"
#include "practice/summary_page.h"
#include "session/practice_round.h"

namespace tqm::gui {

class PracticePanel : public wxPanel {
  public:
    enum class Page { Choose, Question, Summary, Book };

    PracticePanel(wxWindow* parent, LearnerWorkspace& workspace, const BankLibrary& library);
    ~PracticePanel() override;

    // The screen is shown again: the choices and the book's counts are read afresh, unless a
    // round is under way.
    void refresh();
    // The person changed, or the banks were read again (the round points into them): any round
    // ends and the choices are shown.
    void reset();

    // Starts a round as `request` asks; false when nobody is signed in or nothing was chosen.
    bool startRound(const RoundRequest& request);
    // Practises the entries of the book due today; false when none is.
    bool startTodaysReview();
    void showBook();
    void showChoose();

    Page page() const { return static_cast<Page>(book_->GetSelection()); }
    session::PracticeRound* round() const { return round_.get(); }
    ChoosePage* choosePage() const { return choose_; }
    QuestionPage* questionPage() const { return question_; }
    SummaryPage* summaryPage() const { return summary_; }
    BookPage* bookPage() const { return bookPage_; }

  private:
    bool ready();
    std::chrono::sys_days today();
    bool begin(std::vector<session::RoundPart> parts, const wxString& title);
    void showPage(Page page);

    LearnerWorkspace& workspace_;
    const BankLibrary& library_;
    std::unique_ptr<session::PracticeRound> round_;
    wxSimplebook* book_ = nullptr;
    ChoosePage* choose_ = nullptr;
    QuestionPage* question_ = nullptr;
    SummaryPage* summary_ = nullptr;
    BookPage* bookPage_ = nullptr;
};

}  // namespace tqm::gui
