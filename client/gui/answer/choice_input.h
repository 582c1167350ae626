// Single choice, multiple choice and true/false: one OptionRow per option. A key or a click picks
// an option (single, true/false) or toggles it (multiple). The key marks each row: chosen and
// right, chosen and wrong, correct but not chosen.
#pragma once

#include <vector>

#include "answer/answer_input.h"
#include "answer/option_row.h"

namespace tqm::gui {

class ChoiceInput : public AnswerInput {
  public:
    ChoiceInput(wxWindow* parent, const exam::PaperQuestion& question);

    void showAnswer(const exam::Answer& answer) override;
    exam::Answer answer() const override;
    bool pickKey(wxChar key) override;
    wxString keyboardHint() const override;

    // Picks (or, for multiple choice, toggles) option `index` as a click does.
    void pick(std::size_t index);
    const std::vector<OptionRow*>& rows() const { return rows_; }

  protected:
    void markParts(const std::vector<session::MarkedPart>& parts) override;

  private:
    bank::QuestionType type_;
    std::vector<OptionRow*> rows_;
};

}  // namespace tqm::gui
