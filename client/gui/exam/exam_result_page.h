// 成绩 The result of a submitted attempt: score, pass or fail (or awaiting marking while essays
// wait), time used, a bar per category, and the review with the right answers and explanations
// when the exam allows it (session/answer_visibility.h).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "exam/category_bars.h"
#include "exam/review_html.h"
#include "session/exam_service.h"

namespace tqm::gui {

class ExamResultPage : public wxPanel {
  public:
    explicit ExamResultPage(wxWindow* parent);

    // Shows attempt `attemptId`; `categoryTitles` names the bank's categories by id, `note` is
    // a line of news such as a course quiz passed. False when the attempt is not submitted.
    bool showAttempt(session::ExamService& service, std::int64_t attemptId, std::int64_t now,
                     const std::map<std::string, std::string, std::less<>>& categoryTitles,
                     const wxString& note, bool canTakeAgain);
    void setHandlers(std::function<void()> back, std::function<void()> again);

    std::int64_t attemptId() const { return attemptId_; }
    wxString scoreText() const { return score_->GetLabel(); }
    wxString verdictText() const { return verdict_->GetLabel(); }
    wxString factsText() const { return facts_->GetLabel(); }
    wxString noteText() const { return note_->GetLabel(); }
    bool reviewShown() const { return reviewShown_; }
    // Scrolls the review to question `index` (0-based); false when it is not shown.
    bool scrollReviewTo(std::size_t index);
    // The first question of the review answered wrongly that has an explanation.
    std::optional<std::size_t> firstWrongWithExplanation() const;
    // The review's page as last rendered, and the widest a figure may be drawn there.
    wxString reviewPage() const { return reviewPage_; }
    CategoryBars* bars() const { return bars_; }
    wxHtmlWindow* review() const { return review_; }

  private:
    // Renders the review again for the window's width, so figures fit it.
    void renderReview();

    wxStaticText* title_ = nullptr;
    wxStaticText* score_ = nullptr;
    wxStaticText* verdict_ = nullptr;
    wxStaticText* facts_ = nullptr;
    wxStaticText* note_ = nullptr;
    CategoryBars* bars_ = nullptr;
    wxHtmlWindow* review_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* again_ = nullptr;
    std::int64_t attemptId_ = 0;
    bool reviewShown_ = false;
    std::vector<exam::PaperQuestion> paper_;
    std::vector<ReviewItem> items_;  // point into paper_
    int renderedWidth_ = 0;
    wxString reviewPage_;
    std::function<void()> onBack_;
    std::function<void()> onAgain_;
};

}  // namespace tqm::gui
