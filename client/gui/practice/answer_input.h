// The controls a learner answers one question with, by type: radio buttons for single choice
// and true/false, check boxes for multiple choice, a text field per blank, a list with up and
// down for ordering, a choice per row for matching, a text box for an essay. Each gives its state
// as an exam::Answer (NoAnswer when nothing was entered: a skip).
#pragma once

#include <cstddef>

#include <wx/panel.h>

#include "exam/answer.h"
#include "exam/paper_question.h"

namespace tqm::gui {

class PracticeInput : public wxPanel {
  public:
    explicit PracticeInput(wxWindow* parent) : wxPanel(parent) {}

    virtual exam::Answer answer() const = 0;
    // The option with this index was picked from the keyboard (1-9, A-H): selects it, toggles a
    // check box, or selects the ordering item; false when the question has no such option.
    virtual bool pick(std::size_t option) = 0;
    // True when typed letters belong to the input (blanks, essays), not to picking options.
    virtual bool takesText() const { return false; }
    // Wraps long option texts for a width of `width` pixels.
    virtual void fitWidth(int width) { (void)width; }
};

// The input for `question`, as it is shown. Its window belongs to `parent`.
PracticeInput* makePracticeInput(wxWindow* parent, const exam::PaperQuestion& question);

}  // namespace tqm::gui
