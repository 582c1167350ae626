// Answers that are typed: a text field per blank of a fill-in question, a text box for an essay.
#pragma once

#include <vector>

#include <wx/textctrl.h>

#include "practice/answer_input.h"

namespace tqm::gui {

class PracticeBlankInput : public PracticeInput {
  public:
    PracticeBlankInput(wxWindow* parent, const exam::PaperQuestion& question);

    exam::Answer answer() const override;
    bool pick(std::size_t) override { return false; }
    bool takesText() const override { return true; }

    wxTextCtrl* field(std::size_t blank) const { return fields_.at(blank); }
    std::size_t fieldCount() const { return fields_.size(); }

  private:
    std::vector<wxTextCtrl*> fields_;
};

class PracticeEssayInput : public PracticeInput {
  public:
    PracticeEssayInput(wxWindow* parent, const exam::PaperQuestion& question);

    exam::Answer answer() const override;
    bool pick(std::size_t) override { return false; }
    bool takesText() const override { return true; }

    wxTextCtrl* text() const { return text_; }

  private:
    wxTextCtrl* text_ = nullptr;
};

}  // namespace tqm::gui
