// Fill-in-the-blank (one field per blank) and short answer (one field of many lines). Typing is
// saved after a short pause and whenever the person leaves the field or the question. Fields keep
// their keys while focused; Esc leaves them, back to the question's keys. The key marks each blank
// right or wrong with the accepted answers beside a wrong or empty one; an essay just stops taking
// text (its reference answer is the screen's to show).
#pragma once

#include <vector>

#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "answer/answer_input.h"

namespace tqm::gui {

class TextInput : public AnswerInput {
  public:
    TextInput(wxWindow* parent, const exam::PaperQuestion& question);

    void showAnswer(const exam::Answer& answer) override;
    exam::Answer answer() const override;
    bool pickKey(wxChar) override { return false; }
    wxString keyboardHint() const override;
    bool focusFirstField() override;
    bool takesText() const override { return true; }

    const std::vector<wxTextCtrl*>& fields() const { return fields_; }
    // The field after `field`, or nothing after the last.
    wxTextCtrl* fieldAfter(const wxWindow* field) const;
    // The mark shown beside blank `blank` once the key is shown, as its text.
    wxString markText(std::size_t blank) const { return marks_.at(blank)->GetLabel(); }

  protected:
    void markParts(const std::vector<session::MarkedPart>& parts) override;

  private:
    bool essay_;
    std::vector<wxTextCtrl*> fields_;
    std::vector<wxStaticText*> marks_;  // one per blank
    bool showing_ = false;              // ChangeValue sends no event, but guard against any
};

}  // namespace tqm::gui
