// Choosing what to practise: a course or a category of the loaded banks, how many questions
// (10, 20, 50 or all), in random or bank order; beside it the wrong-answer book with today's
// review.
#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>

#include "practice/practice_sources.h"

namespace tqm::gui {

struct RoundRequest {
    std::size_t source = 0;  // index into the sources shown
    std::size_t limit = 0;   // 0: every question
    bool random = true;
};

class ChoosePage : public wxPanel {
  public:
    explicit ChoosePage(wxWindow* parent);

    void show(std::vector<PracticeSource> sources, std::size_t inBook, std::size_t due);
    void setStartHandler(std::function<void(const RoundRequest&)> handler) {
        onStart_ = std::move(handler);
    }
    void setReviewHandler(std::function<void()> handler) { onReview_ = std::move(handler); }
    void setBookHandler(std::function<void()> handler) { onBook_ = std::move(handler); }

    const std::vector<PracticeSource>& sources() const { return sources_; }
    // What the controls ask for now.
    RoundRequest request() const;
    wxListView* sourceList() const { return list_; }
    wxRadioBox* countChoice() const { return count_; }
    wxCheckBox* randomBox() const { return random_; }
    wxButton* startButton() const { return start_; }
    wxButton* reviewButton() const { return review_; }
    wxButton* bookButton() const { return book_; }
    wxString bookText() const { return bookCount_->GetLabel(); }

  private:
    wxWindow* buildBookCard();
    void startSelected();

    std::vector<PracticeSource> sources_;
    wxListView* list_ = nullptr;
    wxRadioBox* count_ = nullptr;
    wxCheckBox* random_ = nullptr;
    wxButton* start_ = nullptr;
    wxStaticText* bookCount_ = nullptr;
    wxButton* review_ = nullptr;
    wxButton* book_ = nullptr;
    std::function<void(const RoundRequest&)> onStart_;
    std::function<void()> onReview_;
    std::function<void()> onBook_;
};

}  // namespace tqm::gui
