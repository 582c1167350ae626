// Single choice and true/false as radio buttons, multiple choice as check boxes, each labelled
// with its option letter as on a paper.
#pragma once

#include <vector>

#include <wx/checkbox.h>
#include <wx/radiobut.h>

#include "practice/answer_input.h"

namespace tqm::gui {

class PracticeChoiceInput : public PracticeInput {
  public:
    PracticeChoiceInput(wxWindow* parent, const exam::PaperQuestion& question);

    exam::Answer answer() const override;
    bool pick(std::size_t option) override;
    void fitWidth(int width) override;

    std::size_t optionCount() const { return texts_.size(); }
    // The radio button or check box of the option; wxRadioButton or wxCheckBox.
    wxControl* optionControl(std::size_t option) const { return controls_.at(option); }

  private:
    bool isChecked(std::size_t option) const;

    bool multiple_ = false;
    bool trueFalse_ = false;
    std::vector<wxString> texts_;
    std::vector<wxControl*> controls_;
    // GTK radio groups always have one button on; this hidden one is "nothing chosen yet".
    wxRadioButton* none_ = nullptr;
};

}  // namespace tqm::gui
