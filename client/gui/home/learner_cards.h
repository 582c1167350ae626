// The learner's cards on Home: courses under way (title, a bar and the percentage, study hours),
// the wrong-answer book (reviews due today, a button that starts them), and open exams (title,
// time limit, attempts left, a button that goes to 考试).
#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "home/learner_home.h"

namespace tqm::gui {

class LearnerCards : public wxPanel {
  public:
    explicit LearnerCards(wxWindow* parent);

    void show(const LearnerHome& home);
    void setReviewHandler(std::function<void()> handler) { onReview_ = std::move(handler); }
    void setBookHandler(std::function<void()> handler) { onBook_ = std::move(handler); }
    void setExamsHandler(std::function<void()> handler) { onExams_ = std::move(handler); }

    // The percentages shown for the courses under way, in order ("25%").
    const std::vector<wxString>& coursePercents() const { return percents_; }
    wxString dueText() const { return due_->GetLabel(); }
    wxButton* reviewButton() const { return review_; }
    wxButton* bookButton() const { return book_; }
    wxButton* examsButton() const { return exams_; }
    wxString examsText() const { return examsText_; }

  private:
    wxPanel* card(const wxString& heading, wxBoxSizer*& content);
    void showCourses(const LearnerHome& home);
    void showExams(const LearnerHome& home);

    wxBoxSizer* courses_ = nullptr;
    wxPanel* coursesCard_ = nullptr;
    wxStaticText* hours_ = nullptr;
    wxStaticText* due_ = nullptr;
    wxButton* review_ = nullptr;
    wxButton* book_ = nullptr;
    wxBoxSizer* examRows_ = nullptr;
    wxPanel* examsCard_ = nullptr;
    wxButton* exams_ = nullptr;
    std::vector<wxWindow*> courseRows_;
    std::vector<wxWindow*> examLines_;
    std::vector<wxString> percents_;
    wxString examsText_;
    std::function<void()> onReview_;
    std::function<void()> onBook_;
    std::function<void()> onExams_;
};

}  // namespace tqm::gui
