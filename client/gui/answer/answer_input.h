// Where a question is answered, one kind per question type (see createAnswerInput), shared by the
// exam view and practice. An input shows the answer stored, builds the answer the person gives,
// and tells its screen when it changed so the exam can save it at once. Once practice has checked
// the answer, showKey marks each option, blank, item or prompt on the controls themselves and the
// input takes no more changes.
#pragma once

#include <functional>
#include <vector>

#include <wx/panel.h>

#include "exam/answer.h"
#include "exam/paper_question.h"
#include "session/practice_feedback.h"

namespace tqm::gui {

// How urgently a change must be saved: a pick at once, typing after a short pause.
enum class ChangeKind { Picked, Typed };

class AnswerInput : public wxPanel {
  public:
    explicit AnswerInput(wxWindow* parent) : wxPanel(parent) {}

    virtual void showAnswer(const exam::Answer& answer) = 0;
    virtual exam::Answer answer() const = 0;
    // A key typed while no text field has the focus, upper case: '1'..'9' or 'A'..'Z'. Returns
    // whether the input used it; never once the key is shown.
    virtual bool pickKey(wxChar key) = 0;
    // How to answer by keyboard, for the line under the question.
    virtual wxString keyboardHint() const = 0;
    // Text fields, when the input has any: the first gets the focus on request.
    virtual bool focusFirstField() { return false; }
    // True when the input is answered by typing (blanks, essays), not by picking with keys.
    virtual bool takesText() const { return false; }

    // Marks the checked answer on the controls, one part per option, blank, ordering item or
    // matching prompt as session::markParts gives them, and makes the input read-only.
    void showKey(const std::vector<session::MarkedPart>& parts) {
        keyShown_ = true;
        markParts(parts);
    }
    bool keyShown() const { return keyShown_; }

    void setChangedHandler(std::function<void(ChangeKind)> handler) {
        onChanged_ = std::move(handler);
    }

  protected:
    virtual void markParts(const std::vector<session::MarkedPart>& parts) = 0;

    void changed(ChangeKind kind) {
        if (onChanged_) onChanged_(kind);
    }

  private:
    std::function<void(ChangeKind)> onChanged_;
    bool keyShown_ = false;
};

// The input for `question`'s type.
AnswerInput* createAnswerInput(wxWindow* parent, const exam::PaperQuestion& question);

// 0 for '1' or 'A', 1 for '2' or 'B', ...; -1 for other keys. Letters up to 'H', digits to '9'.
int optionIndexOfKey(wxChar key);

// The key of a wxKeyEvent's code as pickKey takes it: digits (the number pad's too) and upper-case
// letters; 0 for any other key.
wxChar pickingKey(int keyCode);

}  // namespace tqm::gui
