// 错题本 The wrong-answer book: the signed-in person's entries and "today's review (N)", which
// practises the entries due today through the same question view.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "practice/book_list.h"

namespace tqm::gui {

class BookPage : public wxPanel {
  public:
    explicit BookPage(wxWindow* parent);

    // The rows to list and how many of them today's review would practise.
    void show(std::vector<session::BookRow> rows, std::size_t reviewCount);
    void setReviewHandler(std::function<void()> handler) { onReview_ = std::move(handler); }
    void setBackHandler(std::function<void()> handler) { onBack_ = std::move(handler); }

    BookList* list() const { return list_; }
    wxButton* reviewButton() const { return review_; }
    wxButton* backButton() const { return back_; }
    wxString countText() const { return count_->GetLabel(); }

  private:
    wxStaticText* count_ = nullptr;
    BookList* list_ = nullptr;
    wxButton* review_ = nullptr;
    wxButton* back_ = nullptr;
    std::function<void()> onReview_;
    std::function<void()> onBack_;
};

}  // namespace tqm::gui
