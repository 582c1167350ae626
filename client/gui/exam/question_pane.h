// The question on the exam view: its number, type and points, the stem and its figures, the
// input for its type
// and how to answer it by keyboard. It scrolls when a question is longer than the window.
#pragma once

#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include "answer/answer_input.h"
#include "exam/question_figures.h"

namespace tqm::gui {

class QuestionPane : public wxScrolledWindow {
  public:
    explicit QuestionPane(wxWindow* parent);

    // Shows question `index` (0-based) of `count` with its stored answer; the input is new.
    void showQuestion(const exam::PaperQuestion& question, std::size_t index, std::size_t count,
                      const exam::Answer& answer, bool flagged);
    void setFlagged(bool flagged);
    AnswerInput* input() const { return input_; }
    wxString headingText() const { return heading_->GetLabel(); }
    wxString stemText() const { return stemText_; }
    QuestionFigures* figures() const { return figures_; }

  private:
    void wrapStem();

    wxStaticText* heading_ = nullptr;
    wxStaticText* flag_ = nullptr;
    wxStaticText* stem_ = nullptr;
    QuestionFigures* figures_ = nullptr;
    wxStaticText* hint_ = nullptr;
    AnswerInput* input_ = nullptr;
    wxSizer* inputSlot_ = nullptr;
    wxString stemText_;
    int wrappedWidth_ = 0;
    int wrappedHeight_ = 0;
};

}  // namespace tqm::gui
