// The part of the exam view where a question is answered, one kind per question type (see
// createAnswerInput). An input shows the answer stored, builds the answer the person gives, and
// tells the view when it changed so the view can save it at once.
#pragma once

#include <functional>

#include <wx/panel.h>

#include "exam/answer.h"
#include "exam/paper_question.h"

namespace tqm::gui {

// How urgently a change must be saved: a pick at once, typing after a short pause.
enum class ChangeKind { Picked, Typed };

class AnswerInput : public wxPanel {
  public:
    explicit AnswerInput(wxWindow* parent) : wxPanel(parent) {}

    virtual void showAnswer(const exam::Answer& answer) = 0;
    virtual exam::Answer answer() const = 0;
    // A key typed while no text field has the focus, upper case: '1'..'9' or 'A'..'Z'. Returns
    // whether the input used it.
    virtual bool pickKey(wxChar key) = 0;
    // How to answer by keyboard, for the line under the question.
    virtual wxString keyboardHint() const = 0;
    // Text fields, when the input has any: the first gets the focus on request.
    virtual bool focusFirstField() { return false; }

    void setChangedHandler(std::function<void(ChangeKind)> handler) {
        onChanged_ = std::move(handler);
    }

  protected:
    void changed(ChangeKind kind) {
        if (onChanged_) onChanged_(kind);
    }

  private:
    std::function<void(ChangeKind)> onChanged_;
};

// The input for `question`'s type.
AnswerInput* createAnswerInput(wxWindow* parent, const exam::PaperQuestion& question);

// 0 for '1' or 'A', 1 for '2' or 'B', ...; -1 for other keys. Letters up to 'H', digits to '9'.
int optionIndexOfKey(wxChar key);

}  // namespace tqm::gui
