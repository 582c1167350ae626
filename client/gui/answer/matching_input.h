// Matching (连线): one row per prompt with a list of the answers to choose from. By keyboard a
// letter chooses the prompt and a number gives it that answer, then the next prompt is chosen,
// as the answer is written on paper: A=2, B=1. The key marks each prompt right or wrong, with
// the right answer beside a wrong or missing one.
#pragma once

#include <vector>

#include <wx/choice.h>
#include <wx/stattext.h>

#include "answer/answer_input.h"

namespace tqm::gui {

class MatchingInput : public AnswerInput {
  public:
    MatchingInput(wxWindow* parent, const exam::PaperQuestion& question);

    void showAnswer(const exam::Answer& answer) override;
    exam::Answer answer() const override;
    bool pickKey(wxChar key) override;
    wxString keyboardHint() const override;

    // Gives prompt `prompt` the answer `answer` (nothing clears it).
    void choose(std::size_t prompt, std::optional<std::size_t> answer);
    std::size_t selectedPrompt() const { return selected_; }
    wxChoice* choiceOf(std::size_t prompt) const { return choices_.at(prompt); }
    // The mark shown beside prompt `prompt` once the key is shown, as its text.
    wxString markText(std::size_t prompt) const { return marks_.at(prompt)->GetLabel(); }

  protected:
    void markParts(const std::vector<session::MarkedPart>& parts) override;

  private:
    void select(std::size_t prompt);

    std::vector<wxStaticText*> letters_;
    std::vector<wxChoice*> choices_;
    std::vector<wxStaticText*> marks_;
    std::vector<wxString> answerTexts_;  // "1. 找原因", as the choices list them
    std::size_t selected_ = 0;
};

}  // namespace tqm::gui
