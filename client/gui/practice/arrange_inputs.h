// Answers that are arranged: the items of an ordering question in a list moved up and down, and
// the prompts of a matching question each with a choice of answer.
#pragma once

#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>

#include "practice/answer_input.h"

namespace tqm::gui {

class PracticeOrderingInput : public PracticeInput {
  public:
    PracticeOrderingInput(wxWindow* parent, const exam::PaperQuestion& question);

    // The list's order as shown item indexes, first to last; always an answer.
    exam::Answer answer() const override;
    // Selects the item in that row, ready to be moved.
    bool pick(std::size_t option) override;

    // Moves the selected item one row up (-1) or down (+1); false when it cannot move.
    bool moveSelected(int step);
    wxListBox* list() const { return list_; }
    wxButton* upButton() const { return up_; }
    wxButton* downButton() const { return down_; }

  private:
    void showOrder();

    std::vector<wxString> labels_;    // by shown index: "A. 计划"
    std::vector<std::size_t> order_;  // shown indexes as the list holds them
    wxListBox* list_ = nullptr;
    wxButton* up_ = nullptr;
    wxButton* down_ = nullptr;
};

class PracticeMatchingInput : public PracticeInput {
  public:
    PracticeMatchingInput(wxWindow* parent, const exam::PaperQuestion& question);

    exam::Answer answer() const override;
    // Moves the keyboard focus to that prompt's choice.
    bool pick(std::size_t option) override;

    wxChoice* choiceOf(std::size_t prompt) const { return choices_.at(prompt); }

  private:
    std::vector<wxChoice*> choices_;  // entry 0 is "not matched"; entry k + 1 is answer k
};

}  // namespace tqm::gui
